import BriefingMarkdown

/// How the model values kept in the build cache are written and read back.
extension BinaryWriter {
    mutating func write(_ location: SourceLocation) {
        write(location.line)
        write(location.column)
    }

    mutating func write(_ date: BriefingDate) {
        write(date.year)
        write(date.month ?? 0)
        write(date.day ?? 0)
    }

    mutating func write(_ list: [Located<String>]) {
        write(list.count)
        for item in list {
            write(item.value)
            write(item.location)
        }
    }

    mutating func write(_ diagnostics: [Diagnostic]) {
        write(diagnostics.count)
        for diagnostic in diagnostics {
            write(diagnostic.severity == .error)
            write(diagnostic.code)
            write(diagnostic.file)
            write(diagnostic.location)
            write(diagnostic.message)
        }
    }

    /// An article's front matter; its body and source are the file's bytes, which the reader supplies.
    mutating func write(_ article: Article) {
        write(article.slug)
        write(article.slugLocation != nil)
        if let location = article.slugLocation { write(location) }
        write(article.title)
        write(article.date)
        write(article.updated != nil)
        if let updated = article.updated { write(updated) }
        write(article.summary)
        write(article.draft)
        write(article.alliances)
        write(article.countries)
        write(article.impacts)
        write(article.roles)
        write(article.bodyFirstLine)
        write(article.source.bytes.count - article.body.count)
        write(article.furtherReading)
        write(article.reviewed != nil)
        if let reviewed = article.reviewed {
            write(reviewed.value)
            write(reviewed.location)
        }
        write(article.direction?.rawValue ?? "")
    }

    mutating func write(_ body: ArticleBody) {
        write(body.html)
        write(body.toc.count)
        for heading in body.toc {
            write(heading.level)
            write(heading.text)
            write(heading.id)
        }
        write(body.plainText)
        write(body.crossLinks.count)
        for reference in body.crossLinks {
            write(reference.kind.rawValue)
            write(reference.id)
            write(reference.location)
        }
        write(body.diagnostics)
        write(body.citedSources.count)
        for id in body.citedSources { write(id) }
        write(body.fragmentLinks.count)
        for link in body.fragmentLinks {
            write(link.page)
            write(link.fragment)
            write(link.targetDescription)
            write(link.location)
        }
    }
}

extension BinaryReader {
    mutating func readLocation() throws -> SourceLocation {
        SourceLocation(line: try readInt(), column: try readInt())
    }

    mutating func readDate() throws -> BriefingDate {
        let year = try readInt(), month = try readInt(), day = try readInt()
        return BriefingDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    }

    mutating func readLocatedList() throws -> [Located<String>] {
        try (0..<readCount()).map { _ in Located(try readString(), at: try readLocation()) }
    }

    mutating func readDiagnostics() throws -> [Diagnostic] {
        try (0..<readCount()).map { _ in
            let severity: Severity = try readBool() ? .error : .warning
            let code = try readString(), file = try readString(), location = try readLocation()
            return Diagnostic(severity, code, file: file, at: location, try readString())
        }
    }

    mutating func readArticle(file: String, source: SourceText) throws -> Article {
        let slug = try readString()
        let slugLocation = try readBool() ? try readLocation() : nil
        let title = try readString()
        let date = try readDate()
        let updated = try readBool() ? try readDate() : nil
        let summary = try readString()
        let draft = try readBool()
        let alliances = try readLocatedList(), countries = try readLocatedList()
        let impacts = try readLocatedList(), roles = try readLocatedList()
        let bodyFirstLine = try readInt()
        let bodyOffset = try readInt()
        guard (0...source.bytes.count).contains(bodyOffset) else { throw Corrupt() }
        let furtherReading = try readLocatedList()
        let reviewed = try readBool() ? Located(try readDate(), at: try readLocation()) : nil
        let direction = try readString()
        var article = Article(slug: slug, slugLocation: slugLocation, file: file, title: title, date: date, updated: updated,
                       summary: summary, draft: draft, alliances: alliances, countries: countries, impacts: impacts, roles: roles,
                       body: Array(source.bytes[bodyOffset...]), bodyFirstLine: bodyFirstLine, source: source)
        article.furtherReading = furtherReading
        article.reviewed = reviewed
        article.direction = TextDirection(rawValue: direction)
        return article
    }

    mutating func readArticleBody(file: String) throws -> ArticleBody {
        let html = try readString()
        let toc = try (0..<readCount()).map { _ in
            MarkdownHeading(level: try readInt(), text: try readString(), id: try readString())
        }
        let plainText = try readString()
        let crossLinks = try (0..<readCount()).map { _ -> Reference in
            guard let kind = ReferenceKind(rawValue: try readString()) else { throw Corrupt() }
            return Reference(kind: kind, id: try readString(), file: file, location: try readLocation(), isInline: true)
        }
        let diagnostics = try readDiagnostics()
        let citedSources = try (0..<readCount()).map { _ in try readString() }
        let fragmentLinks = try (0..<readCount()).map { _ in
            FragmentLink(page: try readString(), fragment: try readString(), targetDescription: try readString(),
                         file: file, location: try readLocation())
        }
        return ArticleBody(html: html, toc: toc, plainText: plainText, crossLinks: crossLinks, diagnostics: diagnostics,
                           citedSources: citedSources, fragmentLinks: fragmentLinks)
    }
}

extension BinaryWriter {
    mutating func write(_ digest: ContentHash.Digest) {
        write(digest.bytes)
    }

    mutating func write(_ entry: BuildCache.ArticleEntry) {
        write(entry.fileHash)
        write(entry.article != nil)
        if let article = entry.article { write(article) }
        write(entry.loadDiagnostics)
        write(entry.body != nil && entry.bodyKey != nil)
        if let body = entry.body, let key = entry.bodyKey {
            write(key)
            write(body)
        }
    }
}

extension BinaryReader {
    mutating func readDigest() throws -> ContentHash.Digest {
        guard let digest = ContentHash.Digest(bytes: try readBytes()) else { throw Corrupt() }
        return digest
    }

    mutating func readArticleEntry() throws -> BuildCache.ArticleEntry {
        let fileHash = try readDigest()
        let article = try readBool() ? try readBytes() : nil
        let diagnostics = try readDiagnostics()
        var entry = BuildCache.ArticleEntry(fileHash: fileHash, article: article, loadDiagnostics: diagnostics, bodyKey: nil, body: nil)
        if try readBool() {
            entry.bodyKey = try readDigest()
            entry.body = try readBytes()
        }
        return entry
    }
}

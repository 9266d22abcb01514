import Yams

/// Reads one `Content/articles/<file>.md`: front matter into typed fields, the rest kept as Markdown.
enum ArticleLoader {
    static let fields = ["title", "date", "summary", "impacts", "roles", "alliances", "countries", "draft", "slug", "updated", "sources", "reviewed", "direction"]

    static func load(_ source: SourceText, fileStem: String, diagnostics: inout Diagnostics) -> Article? {
        let file = source.path
        if let mixed = LineEndings.loneCarriageReturn(in: source) { diagnostics.append(mixed) }
        guard !source.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            diagnostics.append(.error("empty-file", file: file, "the article is empty; start it with front matter: a line '---', then 'title:' and 'date:' lines, then another '---'"))
            return nil
        }
        let split: FrontMatterSplit
        do {
            split = try FrontMatterSplitter.split(source.bytes)
        } catch {
            diagnostics.append(.error("unclosed-front-matter", file: file,
                                      "the front matter opened by '---' on line 1 is never closed; add a line '---' after the last field"))
            return nil
        }
        guard split.hasFrontMatter else {
            diagnostics.append(.error("missing-front-matter", file: file,
                                      "the article has no front matter; its first line must be '---', followed by 'title:' and 'date:' lines and another '---'"))
            return nil
        }
        guard let document = YAMLDocument.parse(split.yaml, file: file, firstLine: split.yamlFirstLine, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root else {
            diagnostics.append(.error("missing-field", file: file, at: SourceLocation(line: 1, column: 1), "the front matter is empty; it needs at least 'title:' and 'date:'"))
            return nil
        }
        var reader = YAMLReader(document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let mapping = reader.mapping(root, what: "the front matter") else { return nil }
        reader.rejectUnknownKeys(mapping, allowed: fields, what: "the front matter")

        let title = reader.string(mapping, "title", required: true, what: "the front matter", text: true)
        let date = reader.date(mapping, "date", required: true, requireDay: true, what: "the front matter")
        let updated = reader.date(mapping, "updated", requireDay: true, what: "the front matter")
        if let date, let updated, updated < date, let node = mapping["updated"] {
            reader.error("date-order", at: node, "'updated' (\(updated.iso)) is before 'date' (\(date.iso))")
        }
        var slug = fileStem
        var slugLocation: SourceLocation?
        if let given = reader.string(mapping, "slug", what: "the front matter"), let node = mapping["slug"] {
            if Identifier.isValidID(given) {
                slug = given
                slugLocation = reader.location(node)
            } else {
                reader.error("invalid-id", at: node, "slug '\(given)' is not a valid id; slugs use lower-case letters, digits and '-' (e.g. '\(SiteConfigLoader.suggestedID(given))')")
                return nil
            }
        } else if !Identifier.isValidID(fileStem) {
            if let message = UnicodeCharacterName.fileNameMessage(stem: fileStem, extension: "md") {
                reader.diagnostics.append(.error("invisible-character", file: file, message))
                return nil
            }
            reader.diagnostics.append(.error("invalid-id", file: file,
                "the file name '\(fileStem)' is not a valid slug; rename the file to '\(SiteConfigLoader.suggestedID(fileStem)).md' or set 'slug:' in the front matter"))
            return nil
        }
        let furtherReading = reader.stringList(mapping, "sources")
        let reviewed = reader.date(mapping, "reviewed", requireDay: true, what: "the front matter").flatMap { date in
            mapping["reviewed"].map { Located(date, at: reader.location($0)) }
        }
        guard let title, let date else { return nil }
        var article = Article(
            slug: slug, slugLocation: slugLocation, file: file, title: title, date: date, updated: updated,
            summary: reader.string(mapping, "summary", what: "the front matter", text: true) ?? "",
            draft: reader.bool(mapping, "draft") ?? false,
            alliances: reader.stringList(mapping, "alliances"),
            countries: reader.stringList(mapping, "countries"),
            impacts: reader.stringList(mapping, "impacts"),
            roles: reader.stringList(mapping, "roles"),
            body: split.body, bodyFirstLine: split.bodyFirstLine, source: source)
        article.furtherReading = furtherReading
        article.reviewed = reviewed
        article.direction = reader.direction(mapping, what: "the front matter")
        return article
    }
}

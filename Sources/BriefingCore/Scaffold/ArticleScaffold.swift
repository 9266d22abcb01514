/// A new article (`briefing new article "Title"`): front matter with the title and date, and an empty body.
public enum ArticleScaffold {
    /// The file for an article titled `title`; its slug is made from the title unless `slug` is given.
    public static func file(title: String, date: BriefingDate, slug: String? = nil) throws(ConfigurationError) -> ScaffoldFile {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ConfigurationError("the article needs a title, e.g. briefing new article \"Gulf security in 2025\"") }
        guard date.day != nil else { throw ConfigurationError("the article date '\(date.iso)' must be a full date YYYY-MM-DD") }
        let slug = slug ?? Slug.make(from: trimmed)
        guard !slug.isEmpty else {
            throw ConfigurationError("cannot make a file name from the title '\(trimmed)'; pass one with --slug, e.g. --slug gulf-security")
        }
        guard Identifier.isValidID(slug) else {
            throw ConfigurationError("'\(slug)' is not a valid slug; slugs use lower-case letters, digits and '-' (e.g. '\(Slug.make(from: slug))')")
        }
        let text = """
            ---
            title: \(YAMLText.quoted(trimmed))
            date: \(date.iso)
            summary: ""
            alliances: []
            countries: []
            impacts: []
            roles: []
            draft: false  # true leaves the article out unless --drafts
            ---
            Write the article here. Link to the briefing's data with `[text](alliance:<id>)`,
            `[text](country:<CODE>)`, `[text](article:<slug>)`, `[text](impact:<id>)` and `[text](role:<id>)`.

            """
        return ScaffoldFile(path: "Content/articles/\(slug).md", text: text)
    }
}

import Testing
@testable import BriefingCore

/// `paginate` and `single_file` in `site.yml` (SPEC §12).
@Suite struct ListSettingsTests {
    static let taxonomies = """
        taxonomies:
          impacts:
            counter-terrorism: {title: Counter-terrorism}
            deterrence: {title: Deterrence}
          roles:
            intelligence-sharing: {title: Intelligence sharing}
        """

    func load(_ settings: String) throws -> (SiteConfig, [String]) {
        let site = try TestSite(["Content/site.yml": "title: Test\n" + Self.taxonomies + "\n" + settings + "\n"])
        let (linked, _) = try site.check()
        return (linked.site.config, try site.lines())
    }

    @Test func defaults() throws {
        let (config, lines) = try load("")
        #expect(lines.isEmpty)
        #expect(config.paginate == 50)
        #expect(config.singleFile == .all)
    }

    @Test func validForms() throws {
        #expect(try load("paginate: 20").0.paginate == 20)
        #expect(try load("single_file: false").0.singleFile == .off)
        #expect(try load("single_file: true").0.singleFile == .all)
        #expect(try load("single_file:\n  articles: all").0.singleFile == .all)
        #expect(try load("single_file: {latest: 10}").0.singleFile == .latest(10))
        #expect(try load("single_file:\n  impacts: [deterrence, counter-terrorism]").0.singleFile == .impacts(["deterrence", "counter-terrorism"]))
        #expect(try load("single_file: {impacts: deterrence}").0.singleFile == .impacts(["deterrence"]))
    }

    /// Line 8 is the first line after the title and the taxonomies.
    @Test(arguments: [
        ("paginate: 0", "Content/site.yml:8:11: error: 'paginate' must be a positive whole number of articles per page (default 50), found '0'"),
        ("paginate: -5", "Content/site.yml:8:11: error: 'paginate' must be a positive whole number of articles per page (default 50), found '-5'"),
        ("paginate: ten", "Content/site.yml:8:11: error: 'paginate' must be a positive whole number of articles per page (default 50), found 'ten'"),
        ("paginate: \"20\"", "Content/site.yml:8:11: error: 'paginate' must be a positive whole number of articles per page (default 50), found '20'"),
        ("single_file: some", "Content/site.yml:8:14: error: 'single_file' cannot be 'some'; write 'single_file: false', or one of 'articles: all', 'latest: N', 'impacts: [id, …]' under 'single_file:'"),
        ("single_file: {latest: 0}", "Content/site.yml:8:23: error: 'latest' under 'single_file' must be a positive whole number of articles, found '0'"),
        ("single_file: {articles: some}", "Content/site.yml:8:25: error: 'articles' under 'single_file' can only be 'all', found 'some'; use 'latest: N' for the newest N"),
        ("single_file: {impacts: [deterrense]}", "Content/site.yml:8:25: error: unknown impact 'deterrense' in 'single_file'; did you mean 'deterrence'?"),
        ("single_file: {impacts: []}", "Content/site.yml:8:24: error: 'impacts' under 'single_file' must list at least one impact id"),
        ("single_file: {latest: 3, impacts: [deterrence]}", "Content/site.yml:8:26: error: 'single_file' takes one of 'articles', 'latest' and 'impacts', not several"),
        ("single_file: {lastest: 3}", "Content/site.yml:8:15: error: unknown field 'lastest' in 'single_file'; did you mean 'latest'?"),
    ])
    func positionedErrors(settings: String, expected: String) throws {
        let (config, lines) = try load(settings)
        #expect(lines == [expected])
        #expect(config.paginate == 50)
        #expect(config.singleFile == .all)
    }
}

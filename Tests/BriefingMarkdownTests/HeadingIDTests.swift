import BriefingMarkdown
import Testing

@Suite struct HeadingIDTests {
    @Test(arguments: [
        ("Introduction", "introduction"),
        ("Türkiye and Côte d'Ivoire", "türkiye-and-côte-divoire"),
        ("  Hello,   World!  ", "hello---world"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("a -- b __ c", "a----b-__-c"),
        ("-leading and trailing-", "-leading-and-trailing-"),
        ("NATO 2024: Article 5", "nato-2024-article-5"),
        ("Россия и Китай", "россия-и-китай"),
        ("日本の安全保障", "日本の安全保障"),
        ("ΑΣΦΑΛΕΙΑ", "ασφαλεια"),
        ("١٢٣ Arabic-Indic digits", "١٢٣-arabic-indic-digits"),
        ("C++ & C#", "c--c"),
        ("", "section"),
        ("!!!", "section"),
        ("— – …", "section"),
        // GitHub's rule (SPEC §7): marks only after a kept letter or digit, so emoji variation selectors go.
        ("🛡\u{FE0F} Defence", "defence"),
        ("⚠\u{FE0F}", "section"),
        ("Defence 🛡\u{FE0F}", "defence"),
        ("Cafe\u{301} 1\u{FE0F}\u{20E3}", "cafe\u{301}-1\u{FE0F}\u{20E3}"),
        ("\u{301}Accent", "accent"),
        ("API_Reference (v2)", "api_reference-v2"),
        ("Step 1 -- Setup", "step-1----setup"),
    ])
    func slug(_ text: String, _ expected: String) {
        #expect(HeadingSlug.make(text) == expected)
    }

    @Test func headingsGetIDs() {
        let rendered = MarkdownDocument("# Türkiye and Côte d'Ivoire\n\nSetext\n------\n").render(options: .init())
        #expect(
            rendered.html
                == "<h1 id=\"türkiye-and-côte-divoire\">Türkiye and Côte d'Ivoire</h1>\n"
                + "<h2 id=\"setext\">Setext</h2>\n"
        )
        #expect(
            rendered.headings == [
                MarkdownHeading(level: 1, text: "Türkiye and Côte d'Ivoire", id: "türkiye-and-côte-divoire"),
                MarkdownHeading(level: 2, text: "Setext", id: "setext"),
            ]
        )
    }

    @Test func duplicateHeadingsGetNumericSuffixes() {
        let markdown = "## Intro\n### Intro\n#### intro\n## Intro 1\n"
        let rendered = MarkdownDocument(markdown).render(options: .init())
        #expect(rendered.headings.map(\.id) == ["intro", "intro-1", "intro-2", "intro-1-1"])
        #expect(
            rendered.html
                == "<h2 id=\"intro\">Intro</h2>\n<h3 id=\"intro-1\">Intro</h3>\n"
                + "<h4 id=\"intro-2\">intro</h4>\n<h2 id=\"intro-1-1\">Intro 1</h2>\n"
        )
    }

    @Test func suffixSkipsIDsAlreadyTakenByEarlierHeadings() {
        let rendered = MarkdownDocument("# Intro 1\n# Intro\n# Intro\n").render(options: .init())
        #expect(rendered.headings.map(\.id) == ["intro-1", "intro", "intro-2"])
    }

    @Test func reservedIDsAreAvoided() {
        let options = MarkdownRenderOptions(reservedIDs: ["search", "content", "content-1"])
        let rendered = MarkdownDocument("# Search\n# Content\n# Content\n# Other\n").render(options: options)
        #expect(rendered.headings.map(\.id) == ["search-1", "content-2", "content-3", "other"])
        #expect(
            rendered.html
                == "<h1 id=\"search-1\">Search</h1>\n<h1 id=\"content-2\">Content</h1>\n"
                + "<h1 id=\"content-3\">Content</h1>\n<h1 id=\"other\">Other</h1>\n"
        )
    }

    @Test func headingWithInlineMarkupAndCode() {
        let markdown = "## The *`swift build`* [command](https://swift.org) & <b>you</b> ![logo](l.png)\n"
        let rendered = MarkdownDocument(markdown).render(options: .init())
        #expect(
            rendered.headings == [
                MarkdownHeading(level: 2, text: "The swift build command & you logo", id: "the-swift-build-command--you-logo")
            ]
        )
        #expect(
            rendered.html
                == "<h2 id=\"the-swift-build-command--you-logo\">The <em><code>swift build</code></em> "
                + "<a href=\"https://swift.org\">command</a> &amp; <!-- raw HTML omitted -->you"
                + "<!-- raw HTML omitted --> <img src=\"l.png\" alt=\"logo\" /></h2>\n"
        )
    }

    @Test func multiLineSetextHeadingTextIsCollapsed() {
        let rendered = MarkdownDocument("Alliances\nand   partners\n===\n").render(options: .init())
        #expect(rendered.headings == [MarkdownHeading(level: 1, text: "Alliances and partners", id: "alliances-and-partners")])
        #expect(rendered.html == "<h1 id=\"alliances-and-partners\">Alliances\nand   partners</h1>\n")
    }

    @Test func emptyHeadingsBecomeSection() {
        let rendered = MarkdownDocument("#\n\n## ###\n\n### !!!\n").render(options: .init())
        #expect(rendered.headings.map(\.id) == ["section", "section-1", "section-2"])
        #expect(rendered.headings.map(\.text) == ["", "", "!!!"])
        #expect(
            rendered.html
                == "<h1 id=\"section\"></h1>\n<h2 id=\"section-1\"></h2>\n<h3 id=\"section-2\">!!!</h3>\n"
        )
    }

    @Test func headingsInsideContainersGetIDs() {
        let rendered = MarkdownDocument("> # Quoted\n\n- ## Listed\n").render(options: .init())
        #expect(
            rendered.html
                == "<blockquote>\n<h1 id=\"quoted\">Quoted</h1>\n</blockquote>\n"
                + "<ul>\n<li>\n<h2 id=\"listed\">Listed</h2>\n</li>\n</ul>\n"
        )
    }

    @Test func idsCanBeSwitchedOff() {
        let rendered = MarkdownDocument("# One\n## Two\n").render(options: MarkdownRenderOptions(headingIDs: false))
        #expect(rendered.html == "<h1>One</h1>\n<h2>Two</h2>\n")
        #expect(
            rendered.headings == [
                MarkdownHeading(level: 1, text: "One", id: ""),
                MarkdownHeading(level: 2, text: "Two", id: ""),
            ]
        )
    }

    @Test func eachRenderStartsAFreshSetOfIDs() {
        let document = MarkdownDocument("# A\n# A\n")
        let first = document.render(options: .init())
        let second = document.render(options: .init())
        #expect(first.headings.map(\.id) == ["a", "a-1"])
        #expect(second.headings.map(\.id) == ["a", "a-1"])
    }
}

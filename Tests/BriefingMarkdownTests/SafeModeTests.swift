import BriefingMarkdown
import Testing

@Suite struct SafeModeTests {
    static let safe = MarkdownRenderOptions(headingIDs: false)
    static let unsafe = MarkdownRenderOptions(allowUnsafeHTML: true, headingIDs: false)

    static func html(_ markdown: String, _ options: MarkdownRenderOptions) -> String {
        MarkdownDocument(markdown).render(options: options).html
    }

    @Test func rawHTMLBlockIsOmitted() {
        let markdown = "<div class=\"x\">\n<script>alert(1)</script>\n</div>\n\nafter\n"
        #expect(Self.html(markdown, Self.safe) == "<!-- raw HTML omitted -->\n<p>after</p>\n")
        #expect(
            Self.html(markdown, Self.unsafe)
                == "<div class=\"x\">\n<script>alert(1)</script>\n</div>\n<p>after</p>\n"
        )
    }

    @Test func rawInlineHTMLIsOmitted() {
        let markdown = "a <span onclick=\"x()\">b</span> c\n"
        #expect(
            Self.html(markdown, Self.safe)
                == "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --> c</p>\n"
        )
        #expect(Self.html(markdown, Self.unsafe) == "<p>a <span onclick=\"x()\">b</span> c</p>\n")
    }

    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox", "VBScript:x",
        "file:///etc/passwd", "data:text/html,hello", "DATA:text/html;base64,PHNjcmlwdD4=",
        "data:image/svg+xml,x", "data:image/jpg,x",
    ])
    func dangerousDestinationIsDropped(_ destination: String) {
        let markdown = "[link](<\(destination)>) ![image](<\(destination)>)\n"
        #expect(Self.html(markdown, Self.safe) == "<p><a href=\"\">link</a> <img src=\"\" alt=\"image\" /></p>\n")
    }

    @Test func dangerousDestinationPassesWhenUnsafeIsAllowed() {
        let markdown = "[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html,x) [d](file:///x)\n"
        #expect(
            Self.html(markdown, Self.unsafe)
                == "<p><a href=\"javascript:alert(1)\">a</a> <a href=\"vbscript:x\">b</a> "
                + "<a href=\"data:text/html,x\">c</a> <a href=\"file:///x\">d</a></p>\n"
        )
    }

    @Test(arguments: [
        "data:image/png;base64,iVBORw0KGgo=", "DATA:IMAGE/PNG;base64,AA==", "data:image/gif;base64,R0lG",
        "data:image/jpeg;base64,/9j/", "data:image/webp;base64,UklG",
    ])
    func imageDataURLIsKept(_ destination: String) {
        #expect(
            Self.html("![pixel](\(destination))\n", Self.safe)
                == "<p><img src=\"\(destination)\" alt=\"pixel\" /></p>\n"
        )
    }

    @Test func ordinaryDestinationsAreKept() {
        let markdown = "[a](https://example.org/x?y=1&z=2) [b](/relative) [c](mailto:a@b.c) [d](alliance:nato)\n"
        #expect(
            Self.html(markdown, Self.safe)
                == "<p><a href=\"https://example.org/x?y=1&amp;z=2\">a</a> <a href=\"/relative\">b</a> "
                + "<a href=\"mailto:a@b.c\">c</a> <a href=\"alliance:nato\">d</a></p>\n"
        )
    }

    @Test func defaultOptionsAreSafe() {
        #expect(MarkdownRenderOptions().allowUnsafeHTML == false)
        #expect(MarkdownRenderOptions.commonMark.allowUnsafeHTML)
        #expect(MarkdownRenderOptions.commonMark.headingIDs == false)
    }
}

import Foundation
import Mustache
import Testing
@testable import BriefingCore

/// The `HTML` type, the views' fingerprints and the XML writer.
@Suite struct ViewTests {
    @Test func htmlEscapingCoversTextAndBothAttributeQuotes() {
        #expect(HTML(escaping: #"<a href="x" title='y'>&</a>"#).markup == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTML(escaping: "Türkiye").markup == "Türkiye")
    }

    @Test func doubleAndTripleBracesPrintTheSameSafeMarkup() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: Theme.textMode + "{{page.title}}|{{{page.title}}}|{{#empty(page.description)}}none{{/empty(page.description)}}"),
                         named: "t")
        let view = PageInfoView(title: HTML(escaping: "\"><script>x</script>"), description: .empty, kind: .empty, path: .empty)
        let rendered = library.render(FragmentProbe(page: view), withTemplate: "t")
        #expect(rendered == "&quot;&gt;&lt;script&gt;x&lt;/script&gt;|&quot;&gt;&lt;script&gt;x&lt;/script&gt;|none")
    }

    struct FragmentProbe: MustacheParent {
        let page: PageInfoView
        func child(named name: String) -> Any? { name == "page" ? page : nil }
    }

    @Test func fingerprintsFollowEveryFieldAndAreStableForEqualViews() {
        let theme = ContentHash()
        let base = TocEntryView(level: 2, text: HTML(escaping: "Intro"), id: HTML(escaping: "intro"))
        var changed = base
        changed.level = 3
        var renamed = base
        renamed.id = HTML(escaping: "intro-1")
        let fingerprint = ViewFingerprint.fingerprint(base, template: "t", theme: theme)
        #expect(fingerprint == ViewFingerprint.fingerprint(base, template: "t", theme: theme))
        #expect(fingerprint != ViewFingerprint.fingerprint(changed, template: "t", theme: theme))
        #expect(fingerprint != ViewFingerprint.fingerprint(renamed, template: "t", theme: theme))
        #expect(fingerprint != ViewFingerprint.fingerprint(base, template: "other", theme: theme))
        // Moving a value between fields changes the fingerprint (keys are hashed, not only values).
        let a = SourceView(title: HTML(escaping: "x"), url: .empty, hasUrl: false)
        let b = SourceView(title: .empty, url: HTML(escaping: "x"), hasUrl: false)
        #expect(ViewFingerprint.fingerprint(a, template: "t", theme: theme) != ViewFingerprint.fingerprint(b, template: "t", theme: theme))
    }

    @Test func xmlWriterEscapesAndDropsWhatXMLForbids() throws {
        var xml = XMLWriter()
        xml.start("feed", ["label": "a\"b<c>&'d\u{1}"])
        xml.element("title", "</title><script>alert(1)</script>\u{0B}")
        xml.start("author", inline: true)
        xml.element("name", "N")
        xml.end()
        xml.end()
        #expect(xml.text == """
            <?xml version="1.0" encoding="utf-8"?>
            <feed label="a&quot;b&lt;c&gt;&amp;&#39;d">
              <title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>
              <author><name>N</name></author>
            </feed>

            """)
    }
}

import Testing
@testable import BriefingServer

@Suite struct ReloadScriptTests {
    @Test(arguments: [
        ("<html><body><p>x</p></body></html>", "<html><body><p>x</p>[S]</body></html>"),
        ("<BODY>a</BODY>", "<BODY>a[S]</BODY>"),
        ("<body><pre>&lt;/body&gt;</pre></body>\n</html>\n", "<body><pre>&lt;/body&gt;</pre>[S]</body>\n</html>\n"),
        ("<body>a</body><!-- </body> -->", "<body>a</body><!-- [S]</body> -->"),
        ("no body at all", "no body at all[S]"),
    ])
    func insertsBeforeTheLastClosingBodyTag(page: String, expected: String) {
        #expect(ReloadScript.inject("[S]", into: page) == expected)
    }

    @Test func theScriptListensToTheEventsTheServerSends() {
        for name in [ServerSentEvent.hello, ServerSentEvent.reload, ServerSentEvent.buildError] {
            #expect(ReloadScript.html.contains("addEventListener(\"\(name)\""))
        }
        #expect(ReloadScript.html.contains("new EventSource(\"\(ReloadScript.eventsPath)\")"))
    }

    @Test func eventsAreFramedAsServerSentEvents() {
        #expect(String(decoding: ServerSentEvent(name: "reload", data: "a-1").bytes, as: UTF8.self) == "event: reload\ndata: a-1\n\n")
        #expect(String(decoding: ServerSentEvent(name: "x", data: "one\ntwo").bytes, as: UTF8.self) == "event: x\ndata: one\ndata: two\n\n")
    }
}

import Testing
@testable import BriefingCore

/// briefing.html loads nothing from another host (SPEC §7): remote images and embedded resources become links.
@Suite struct RemoteResourceReplacerTests {
    @Test func aRemoteImageBecomesItsAltTextWithALink() {
        #expect(RemoteResourceReplacer.replace("<p><img src=\"https://x.org/a.png\" alt=\"Map\" /></p>")
                == "<p><a href=\"https://x.org/a.png\">Map</a></p>")
        #expect(RemoteResourceReplacer.replace("<a href=\"https://ci\"><img src=\"https://ci/badge.svg\" alt=\"build\" /></a>")
                == "<a href=\"https://ci\">build</a>")
    }

    @Test func aRemoteIframeVideoOrScriptBecomesALinkAndItsEndTagGoes() {
        #expect(RemoteResourceReplacer.replace("<iframe src=\"https://maps.example/embed\" width=\"600\"></iframe>")
                == "<a href=\"https://maps.example/embed\">https://maps.example/embed</a>")
        #expect(RemoteResourceReplacer.replace("<video controls poster=\"//cdn.example/p.jpg\">Your browser…</video>")
                == "<a href=\"//cdn.example/p.jpg\">//cdn.example/p.jpg</a>Your browser…")
        #expect(RemoteResourceReplacer.replace("<script src=\"https://cdn.example/x.js\"></script><p>after</p>")
                == "<a href=\"https://cdn.example/x.js\">https://cdn.example/x.js</a><p>after</p>")
        #expect(RemoteResourceReplacer.replace("<object data=\"https://x.org/d.pdf\"><p>fallback</p></object>")
                == "<a href=\"https://x.org/d.pdf\">https://x.org/d.pdf</a><p>fallback</p>")
    }

    @Test func localResourcesAreKept() {
        let html = "<iframe src=\"assets/chart.html\"></iframe><video src=\"assets/v.mp4\"></video><img src=\"data:image/png;base64,AA\" alt=\"x\" />"
        #expect(RemoteResourceReplacer.replace(html) == html)
    }
}

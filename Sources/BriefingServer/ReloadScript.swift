import Foundation

/// The script that makes an open page reload when the site is rebuilt. It is added to HTML responses by the
/// server only; built files never contain it.
enum ReloadScript {
    /// Path of the event stream the script listens to.
    static let eventsPath = "/__briefing/events"

    static let html = """
        <script data-briefing-serve>
        (function () {
          if (!window.EventSource) return;
          var build = null;
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("hello", function (event) {
            if (build !== null && event.data !== build) location.reload();
            build = event.data;
          });
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("build-error", function () { location.reload(); });
        })();
        </script>

        """

    /// `page` with `extra` inserted before its last `</body>` (ignoring case), or appended when there is none.
    static func inject(_ extra: String, into page: String) -> String {
        guard let range = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return page + extra
        }
        var result = page
        result.insert(contentsOf: extra, at: range.lowerBound)
        return result
    }
}

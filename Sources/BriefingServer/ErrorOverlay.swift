import BriefingCore

/// What the browser shows when a rebuild failed: every diagnostic with its file, line and column, above the last
/// page that did build. The markup is self-contained (inline styles) so it does not depend on the theme.
enum ErrorOverlay {
    static let elementID = "briefing-build-errors"

    static func html(for diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var counts: [String] = []
        if errors > 0 { counts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { counts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        var items = ""
        for diagnostic in diagnostics {
            let place = diagnostic.file.isEmpty ? "" : "\(diagnostic.file):\(diagnostic.location.line):\(diagnostic.location.column)"
            let colour = diagnostic.severity == .error ? "#ff8080" : "#ffd479"
            items += """
                <li style="margin:0 0 .8em 0;list-style:none">\
                <code style="color:#9cdcfe">\(HTML(escaping: place).markup)</code> \
                <strong style="color:\(colour)">\(diagnostic.severity.rawValue)</strong><br>\
                <span>\(HTML(escaping: diagnostic.message).markup)</span></li>

                """
        }
        return """
            <div id="\(elementID)" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            background:rgba(20,20,24,.96);color:#f0f0f0;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
            padding:2em 2.5em;text-align:left">
            <h1 style="font-size:1.3em;margin:0 0 .3em 0;color:#ff8080">The site did not rebuild: \(counts.joined(separator: ", "))</h1>
            <p style="margin:0 0 1.2em 0;color:#c8c8c8">Underneath is the last version that built. Fix the file and save; \
            this page reloads by itself. <button type="button" onclick="this.closest('div').remove()" \
            style="font:inherit;margin-left:1em">Hide</button></p>
            <ul style="margin:0;padding:0">
            \(items)</ul>
            </div>

            """
    }
}

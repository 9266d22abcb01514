/// `404.html` (template `404`). Shown by web servers at any depth, so it loads nothing: `root` is `base_url`
/// when the site has one, and the stylesheet comes inline.
public struct NotFoundPageView: PageView {
    public var frame: PageFrame
    /// The theme's `static/style.css`, safe inside `<style>`.
    public var stylesHTML: HTML

    public static let keys = PageFrame.keys + ["styles_html"]

    public func child(named name: String) -> Any? {
        switch name {
        case "styles_html": return stylesHTML
        default: return frame.child(named: name)
        }
    }
}

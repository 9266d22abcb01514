/// `search/index.html` (template `search`).
public struct SearchPageView: PageView {
    public var frame: PageFrame
    public var search: SearchView

    public static let keys = PageFrame.keys + ["search"]

    public func child(named name: String) -> Any? {
        switch name {
        case "search": return search
        default: return frame.child(named: name)
        }
    }
}

/// `search` on the search page.
public struct SearchView: TemplateView {
    /// `search/search-index.js`.
    public var indexPath: HTML
    /// The full lists, for readers without JavaScript.
    public var browse: [BrowseEntryView]
    /// The messages of `static/search.js` in the page's language, as JSON (`data-messages`).
    public var messages: HTML = .empty
    /// The ten digits of the page's language (`data-digits`), for counts written by the script.
    public var digits: HTML = .empty

    public static let keys = ["index_path", "browse", "messages", "digits"]

    public func child(named name: String) -> Any? {
        switch name {
        case "index_path": return indexPath
        case "browse": return browse
        case "messages": return messages
        case "digits": return digits
        default: return nil
        }
    }
}

/// One full list on the search page.
public struct BrowseEntryView: TemplateView {
    public var title: HTML
    public var path: HTML
    public var count: Int

    public static let keys = ["title", "path", "count"]

    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "path": return path
        case "count": return count
        default: return nil
        }
    }
}

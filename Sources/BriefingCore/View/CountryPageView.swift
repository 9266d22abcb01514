/// `countries/<code>/index.html` (template `country`).
public struct CountryPageView: PageView {
    public var frame: PageFrame
    public var country: CountryDetailView

    public static let keys = PageFrame.keys + ["country"]

    public func child(named name: String) -> Any? {
        switch name {
        case "country": return country
        default: return frame.child(named: name)
        }
    }
}

/// `country` on a country page.
public struct CountryDetailView: TemplateView {
    public var country: CountrySummaryView
    public var alliances: [AllianceSummaryView]
    public var partners: [PartnerView]
    /// Newest first.
    public var articles: [ArticleSummaryView]
    /// The country's alliances over time: a `<figure class="chart-figure">`, empty when it belongs to none.
    public var chartHTML: HTML = .empty

    public static let keys = CountrySummaryView.keys + ["alliances", "partners", "articles", "chart_html"]

    public func child(named name: String) -> Any? {
        switch name {
        case "alliances": return alliances
        case "partners": return partners
        case "articles": return articles
        case "chart_html": return chartHTML
        default: return country.child(named: name)
        }
    }
}

/// Another member of a country's alliances, with the alliances the two share.
public struct PartnerView: TemplateView {
    public var country: CountrySummaryView
    public var alliances: [AllianceSummaryView]

    public static let keys = ["country", "alliances"]

    public func child(named name: String) -> Any? {
        switch name {
        case "country": return country
        case "alliances": return alliances
        default: return nil
        }
    }
}

/// `countries/<code>/index.html` (template `country`).
public struct CountryPageView: PageView {
    public var frame: PageFrame
    @Shared public var country: CountryDetailView

    public static let keys = PageFrame.keys + ["country"]

    public func child(named name: String) -> Any? {
        switch name {
        case "country": return $country
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

    /// `Region: South Asia` in the page's language; empty without a region.
    public var regionText: HTML = .empty

    /// `Alliances Pakistan belongs to`, the caption of the alliance table.
    public var alliancesCaption: HTML = .empty

    /// The caption of the partner table.
    public var partnersCaption: HTML = .empty

    /// `No article in this briefing refers to Pakistan yet.`
    public var noArticles: HTML = .empty

    public static let keys = CountrySummaryView.keys + ["alliances", "partners", "articles", "region_text", "alliances_caption", "partners_caption", "no_articles", "chart_html"]

    public func child(named name: String) -> Any? {
        switch name {
        case "alliances": return alliances
        case "partners": return partners
        case "articles": return articles
        case "chart_html": return chartHTML
        case "region_text": return regionText
        case "alliances_caption": return alliancesCaption
        case "partners_caption": return partnersCaption
        case "no_articles": return noArticles
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

/// `countries/index.html` (template `country-list`).
public struct CountryListPageView: PageView {
    public var frame: PageFrame
    /// By region name.
    public var regions: [RegionView]

    public static let keys = PageFrame.keys + ["regions"]

    public func child(named name: String) -> Any? {
        switch name {
        case "regions": return regions
        default: return frame.child(named: name)
        }
    }
}

/// The countries of one region.
public struct RegionView: TemplateView {
    /// `Other` for countries without a region.
    public var name: HTML
    public var countries: [CountryWithCountView]

    public static let keys = ["name", "countries"]

    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "countries": return countries
        default: return nil
        }
    }
}

/// A country summary with the number of its alliances.
public struct CountryWithCountView: TemplateView {
    public var country: CountrySummaryView
    public var allianceCount: Int

    /// `alliance_count` in the page's digits.
    public var allianceCountDisplay: HTML = .empty

    public static let keys = CountrySummaryView.keys + ["alliance_count", "alliance_count_display"]

    public func child(named name: String) -> Any? {
        switch name {
        case "alliance_count": return allianceCount
        case "alliance_count_display": return allianceCountDisplay
        default: return country.child(named: name)
        }
    }
}

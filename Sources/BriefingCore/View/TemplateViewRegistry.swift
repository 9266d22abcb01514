/// Every view type a template can receive, for the check that docs/templates.md documents each of them exactly
/// (Tests/BriefingCoreTests/TemplateDataDocumentationTests). A new view type is added here and given a table there.
public enum TemplateViewRegistry {
    public static let all: [any TemplateView.Type] = [
        PageFrame.self, ChromeView.self, SiteInfoView.self, PageInfoView.self, NavEntryView.self, InterfaceTextView.self, LanguageLinkView.self,
        ArticleSummaryView.self, AllianceSummaryView.self, CountrySummaryView.self, TermSummaryView.self, TermWithCountsView.self,
        HomePageView.self,
        ArticlePageView.self, ArticleDetailView.self, TocEntryView.self,
        ArticleListPageView.self, YearGroupView.self, PaginationView.self, PageLinkView.self,
        AlliancePageView.self, AllianceDetailView.self, SourceView.self, MembershipView.self, MemberView.self, MemberPeriodView.self,
        AllianceListPageView.self,
        CountryPageView.self, CountryDetailView.self, PartnerView.self,
        CountryListPageView.self, RegionView.self, CountryWithCountView.self,
        TermPageView.self, TermDetailView.self,
        TermListPageView.self, TaxonomyView.self,
        SearchPageView.self, SearchView.self, BrowseEntryView.self,
        NotFoundPageView.self,
        TimelinePageView.self,
        SourceListPageView.self, SourceEntryView.self,
        BriefingPageView.self, BriefingView.self, BriefingArticleView.self, BriefingTocEntryView.self,
        BriefingAllianceLinkView.self, BriefingCountryLinkView.self, BriefingTermLinkView.self, BriefingAllianceView.self,
        BriefingMembershipView.self, BriefingArticleLinkView.self, BriefingCountryView.self, BriefingTermView.self,
        BriefingSourceView.self,
    ]
}

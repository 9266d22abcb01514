/// The pages and parts of pages of SPEC §12 (lists at scale): the paginated article list and the member states
/// of an alliance page.
extension ViewBuilder {
    /// The article list's pages, `paginate` articles each (`site.yml`, default 50).
    var articlePagination: Pagination {
        Pagination(itemCount: linked.articlesNewestFirst.count, perPage: site.config.paginate)
    }

    /// One page of the article list: `articles/index.html` for page 1, `articles/page/<n>/index.html` after it.
    func articleList(_ page: Pagination.Page) -> Page {
        let pagination = articlePagination
        let values = catalog.level(for: page.path)
        let indices = Array(linked.articlesNewestFirst[page.items])
        var years: [YearGroupView] = []
        for index in indices {
            let year = site.articles[index].date.year
            if years.last?.year != year { years.append(YearGroupView(year: year, yearDisplay: yearDisplay(year), articles: [])) }
            years[years.count - 1].articles.append(values.article(index))
        }
        let isFirst = page.number == 1
        let pageOf = "\(interface.strings.number(page.number))/\(interface.strings.number(pagination.pageCount))"
        let title = isFirst ? text("title.articles") : "\(text("title.articles")) (\(pageOf))"
        let description = isFirst ? text("description.articles", ["site": site.config.title])
            : "\(text("description.articles", ["site": site.config.title])) (\(pageOf))"
        let view = ArticleListPageView(
            frame: frame(page.path, kind: "article-list", title: title, description: description, section: SitePaths.articles),
            articles: values.articles(indices), years: years,
            pagination: PaginationView(
                number: page.number, pageCount: pagination.pageCount, isPaginated: pagination.pageCount > 1,
                previous: HTML(escaping: page.previous ?? ""), next: HTML(escaping: page.next ?? ""),
                hasPrevious: page.previous != nil, hasNext: page.next != nil,
                pages: (1...pagination.pageCount).map { number in
                    PageLinkView(number: number, path: HTML(escaping: RelativeLink.from(page.path, to: Pagination.path(ofPage: number))),
                                 current: number == page.number, numberDisplay: digits(number))
                },
                articleCount: pagination.itemCount,
                first: page.items.isEmpty ? 0 : page.items.lowerBound + 1, last: page.items.upperBound,
                rangeText: HTML(escaping: text("pagination.range", [
                    "first": interface.strings.number(page.items.isEmpty ? 0 : page.items.lowerBound + 1),
                    "last": interface.strings.number(page.items.upperBound),
                    "total": interface.strings.number(pagination.itemCount)]))))
        return Page(path: output(page.path), template: "article-list", view: view)
    }

    /// An alliance's member states belonging now and those that have left (`MemberStates`), each with its periods;
    /// a period without `joined` starts with the alliance's `established`, one without `left` in an alliance that
    /// has ended closes with the alliance's `ended`.
    func memberViews(_ alliance: Alliance, _ values: ViewCatalog.Level) -> (current: [MemberView], former: [MemberView]) {
        let states = MemberStates(alliance)
        let inForce = alliance.isInForce
        func view(_ code: String) -> MemberView? {
            values.country(code).map { country in
                MemberView(country: country, periods: (states.periods[code] ?? []).map { member in
                    let joined = member.joined ?? alliance.established
                    let left = member.left ?? (inForce ? nil : alliance.ended)
                    return MemberPeriodView(joined: HTML(escaping: joined.iso), joinedDisplay: HTML(escaping: interface.date(joined)),
                                            left: HTML(escaping: left?.iso ?? ""), leftDisplay: HTML(escaping: left.map(interface.date) ?? ""),
                                            isCurrent: inForce && member.left == nil,
                                            text: HTML(escaping: periodText(joined: joined, left: left, current: inForce && member.left == nil)))
                })
            }
        }
        return (states.current.compactMap(view), states.former.compactMap(view))
    }

    /// One membership period in words of the page's language (`member.since`, `member.period`, `member.period_ended`).
    func periodText(joined: BriefingDate, left: BriefingDate?, current: Bool) -> String {
        if current { return text("member.since", ["date": interface.date(joined)]) }
        guard let left else { return text("member.period_ended", ["joined": interface.date(joined)]) }
        return text("member.period", ["joined": interface.date(joined), "left": interface.date(left)])
    }
}

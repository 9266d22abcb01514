/// What `briefing.html` holds, from `single_file:` in `site.yml` (SPEC §12).
public enum SingleFileSelection: Sendable, Hashable {
    /// `single_file: {articles: all}` (the default, also `single_file: true`): every article.
    case all
    /// `single_file: {latest: N}`: the N newest articles, N ≥ 1.
    case latest(Int)
    /// `single_file: {impacts: [id, …]}`: the articles referencing at least one of these impacts (ids checked
    /// against `taxonomies.impacts`).
    case impacts([String])
    /// `single_file: false`: no `briefing.html` is written.
    case off
}

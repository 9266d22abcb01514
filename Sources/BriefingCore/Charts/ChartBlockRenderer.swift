import BriefingCharts

/// Renders a ```` ```chart ```` block of an article (SPEC §11) as a figure: the SVG and the table of its data.
public enum ChartBlockRenderer {
    /// - Parameters:
    ///   - literal: the fenced block's content (between the fences).
    ///   - firstLine: file line of the block's first content line (the line after the opening fence).
    ///   - column: file column of the block's content (1 unless the block is indented in a list item or quote).
    ///   - file: the article's path relative to the site root, for diagnostics.
    ///   - site: the loaded site; the block's ids and codes are checked against it.
    ///   - root: relative prefix from the page to the output root (an article page: `../../`).
    ///   - present: the charts' present (`ChartPresent.date(in:)`); computed from `site` when nil.
    ///   - id: prefix of the SVG's ids; by default `chart-<file name>-<firstLine>`, unique in the page and in
    ///     `briefing.html`.
    /// - Returns: `html` is a `<figure class="chart-figure">` (empty when the block has an error); the
    ///   diagnostics are errors at their position inside the block (`chart-syntax`, `unknown-reference`).
    public static func render(literal: String, firstLine: Int, column: Int = 1, file: String, site: Site,
                              root: String = "../../", present: BriefingDate? = nil, id: String? = nil,
                              renderer: ChartRenderer = ChartRenderer(),
                              wording: ChartWording = .english) -> (html: String, diagnostics: [Diagnostic]) {
        let (spec, diagnostics) = ChartBlockParser.parse(literal, firstLine: firstLine, column: column, file: file, site: site)
        guard let spec else { return ("", diagnostics) }
        let chartID = id ?? defaultID(file: file, line: firstLine)
        let present = present ?? ChartPresent.date(in: site)
        switch spec.kind {
        case .timeline:
            var chart = timeline(spec, site: site, root: root, present: present, id: chartID, wording: wording)
            chart.from = spec.from
            chart.to = spec.to
            if let title = spec.title { chart.title = title }
            chart.groups = chart.groups.map { group in
                TimelineGroup(heading: group.heading, rows: group.rows.filter { within($0, from: spec.from, to: spec.to) })
            }
            return (renderer.timeline(chart).html, diagnostics)
        case .membershipMatrix:
            var matrix: MembershipMatrix
            switch spec.subject {
            case .alliances(let ids):
                let indices = ids.compactMap { id in site.alliances.firstIndex { $0.id == id } }
                matrix = SiteCharts.membershipMatrix(in: site, allianceIndices: indices, countries: nil, root: root, id: chartID,
                                                     wording: wording)
            case .countries(let codes):
                matrix = SiteCharts.membershipMatrix(in: site, allianceIndices: nil, countries: codes, root: root, id: chartID,
                                                     wording: wording)
            }
            if let title = spec.title { matrix.title = title }
            return (renderer.matrix(matrix).html, diagnostics)
        }
    }

    /// One alliance: its membership timeline; several: their spans, active then historical. One country: its
    /// alliances; several: one group per country.
    static func timeline(_ spec: ChartBlockSpec, site: Site, root: String, present: BriefingDate?, id: String,
                         wording: ChartWording = .english) -> TimelineChart {
        switch spec.subject {
        case .alliances(let ids):
            let indices = ids.compactMap { id in site.alliances.firstIndex { $0.id == id } }
            if indices.count == 1 {
                return SiteCharts.membershipTimeline(of: site.alliances[indices[0]], in: site, root: root, present: present, id: id,
                                                     wording: wording)
            }
            return SiteCharts.landscape(of: site, indices: indices, root: root, present: present, id: id,
                                        title: wording.selectionTitle(indices.map { site.alliances[$0].displayName }),
                                        wording: wording)
        case .countries(let codes):
            if codes.count == 1 {
                return SiteCharts.countryTimeline(of: codes[0], in: site, root: root, present: present, id: id, wording: wording)
            }
            return SiteCharts.countriesTimeline(of: codes, in: site, root: root, present: present, id: id, wording: wording)
        }
    }

    /// Whether any primary span of the row overlaps the years `from` through `to`.
    static func within(_ row: TimelineRow, from: Int?, to: Int?) -> Bool {
        guard from != nil || to != nil else { return true }
        let lower = from.map(Double.init) ?? -Double.infinity
        let upper = to.map { Double($0 + 1) } ?? Double.infinity
        return row.spans.contains { span in
            span.emphasis == .primary && span.start.start < upper && (span.end?.end ?? Double.infinity) > lower
        }
    }

    /// `chart-<file name without extension, as an id>-<line>`, e.g. `chart-gulf-view-12`.
    static func defaultID(file: String, line: Int) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        var id = ""
        for scalar in stem.lowercased().unicodeScalars {
            let ascii = scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
            if ascii { id.unicodeScalars.append(scalar) } else if !id.hasSuffix("-") { id += "-" }
        }
        return "chart-" + id + "-" + String(line)
    }
}

import BriefingCharts

extension BriefingDate {
    /// The date for a chart, written as pages write it (`25 May 1981`).
    public var chartDate: ChartDate {
        ChartDate(year: year, month: month, day: day, text: display)
    }
}

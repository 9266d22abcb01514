/// The few words the charts write themselves; English by default, to be filled from the page's language.
public struct ChartStrings: Sendable, Hashable {
    /// Label of the present marker and the end of an open period in the table.
    public var present: String
    /// The `<summary>` of the `<details>` holding the table.
    public var tableSummary: String

    public init(present: String = "present", tableSummary: String = "The chart's data as a table") {
        self.present = present
        self.tableSummary = tableSummary
    }
}

/// Positions inside an article's front matter found from its text, for diagnostics made after loading.
public enum FrontMatterPositions {
    /// Where a missing summary is reported: the `summary:` key when it is there but empty, else the front matter's
    /// first key (where the fields are, so an editor jumping there shows where to add it), else line 1.
    public static func summaryLocation(in source: SourceText, bodyFirstLine: Int) -> SourceLocation {
        let lines = YAMLLines.split(String(decoding: source.bytes, as: UTF8.self))
        let last = min(bodyFirstLine - 2, lines.count)
        guard last >= 2 else { return .start }
        var firstKey: SourceLocation?
        for number in 2...last {
            let line = lines[number - 1]
            guard let first = line.firstIndex(where: { $0 != " " }), line[first] != "#" else { continue }
            if firstKey == nil { firstKey = SourceLocation(line: number, column: first + 1) }
            if first == 0, line.starts(with: "summary:".unicodeScalars) {
                return SourceLocation(line: number, column: 1)
            }
        }
        return firstKey ?? .start
    }
}

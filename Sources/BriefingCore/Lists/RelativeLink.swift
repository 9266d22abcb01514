/// Relative links between two output files, shortest form: `articles/page/3/index.html` → `../2/index.html`.
public enum RelativeLink {
    /// The link from the page at `from` to the file at `to`, both relative to the output root with `/`
    /// separators. It always names a file, so it works from `file://` and at any sub-path of a server.
    public static func from(_ from: String, to: String) -> String {
        let source = from.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        let target = to.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < source.count, common < target.count - 1, source[source.startIndex + common] == target[common] { common += 1 }
        let up = String(repeating: "../", count: source.count - common)
        return up + target[common...].joined(separator: "/")
    }
}

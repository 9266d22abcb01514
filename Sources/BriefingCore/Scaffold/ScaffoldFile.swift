import Foundation

/// A text file that `init` or `new` writes, by path relative to the site root.
public struct ScaffoldFile: Sendable, Equatable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Writes the file below `root`, creating its folders; refuses to replace an existing file.
    /// Returns the full path written.
    @discardableResult
    public func write(into root: String) throws(ConfigurationError) -> String {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: url.path) {
            throw ConfigurationError("refusing to overwrite '\(url.path)': the file already exists")
        }
        do {
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw ConfigurationError("cannot write '\(url.path)': \(error.localizedDescription)")
        }
        return url.path
    }
}

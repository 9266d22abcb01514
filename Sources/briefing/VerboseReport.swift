import Foundation

/// What `--verbose` adds: where briefing reads and writes, and which theme files the site overrides.
enum VerboseReport {
    static func printSetup(root: String, output: String?) {
        print("Site: \(URL(fileURLWithPath: root).standardizedFileURL.path)")
        if let output { print("Output: \(URL(fileURLWithPath: output).standardizedFileURL.path)") }
        let overrides = themeOverrides(root: root)
        print(overrides.isEmpty ? "Theme: built-in" : "Theme: built-in, with the site's " + overrides.map { "Templates/" + $0 }.joined(separator: ", "))
    }

    /// Files of the site's `Templates/` folder, which replace the built-in theme's files of the same name.
    static func themeOverrides(root: String) -> [String] {
        let folder = URL(fileURLWithPath: root).appendingPathComponent("Templates").path
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue,
               !(path as NSString).lastPathComponent.hasPrefix(".") {
                files.append(path)
            }
        }
        return files.sorted()
    }
}

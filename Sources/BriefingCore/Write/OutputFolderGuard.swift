import Foundation

/// Refuses output folders where writing could destroy something the user did not ask to replace.
public enum OutputFolderGuard {
    /// Name of the file that marks a folder as written by briefing.
    public static let markerName = ".briefing-output"

    public static func check(output: String, root: String, force: Bool) throws(ConfigurationError) {
        let outputPath = canonical(output)
        let rootPath = canonical(root)
        if outputPath == rootPath {
            throw ConfigurationError("refusing to write the site into its own root folder '\(output)'; choose another --output")
        }
        if isInside(rootPath, outputPath) {
            throw ConfigurationError("refusing to write into '\(output)': it contains the site root; choose a folder inside or beside the site")
        }
        for folder in ["Content", "Templates"] where isInside(outputPath, rootPath + "/" + folder) || outputPath == rootPath + "/" + folder {
            throw ConfigurationError("refusing to write into '\(output)': it is inside the site's \(folder)/ folder")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: outputPath, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw ConfigurationError("refusing to write into '\(output)': it is a file, not a folder")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: outputPath)
        } catch {
            throw .fileSystem("cannot read the output folder", path: outputPath, reason: SystemErrorMessage.of(error))
        }
        if let folder = ["Content", "Templates"].first(where: entries.contains) {
            throw ConfigurationError("refusing to write into '\(output)': it holds a \(folder)/ folder, so it looks like a site, not an output folder")
        }
        if !entries.isEmpty && !entries.contains(markerName) && !force {
            throw ConfigurationError("refusing to replace '\(output)': the folder is not empty and was not created by briefing; empty it, choose another --output, or pass --force")
        }
    }

    /// Absolute, standardized, with symlinks of existing parts resolved.
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var existing = url
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for component in rest { resolved.appendPathComponent(component) }
        let text = resolved.path
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// Whether `path` lies strictly inside `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }
}

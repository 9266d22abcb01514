import Foundation

/// Every file below a folder with its bytes, for asserting that a folder did or did not change.
struct FileTree: Equatable {
    var files: [String: Data]

    init(_ folder: URL) {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        if let enumerator = FileManager.default.enumerator(atPath: base) {
            for case let path as String in enumerator {
                var isDirectory: ObjCBool = false
                let full = base + "/" + path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files[path] = FileManager.default.contents(atPath: full) ?? Data()
                }
            }
        }
        self.files = files
    }
}

/// A scratch folder removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Copies a folder into this one and returns the copy's URL.
    func copy(_ source: URL, as name: String) throws -> URL {
        let destination = url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: destination)
        return destination
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

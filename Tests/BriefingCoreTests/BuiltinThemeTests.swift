import Foundation
import Testing
@testable import BriefingCore

/// The theme compiled into the binary (`BuiltinTheme+Files.swift`, written by `make theme`) is exactly `Templates/`:
/// the same files, the same bytes. Fails after a template edit until `make theme` is run.
@Suite struct BuiltinThemeTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    static func filesOnDisk() -> [String: String] {
        var files: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: templates.path) else { return files }
        for case let path as String in enumerator where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            let full = templates.appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: full) else { continue }
            files[path] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    @Test func compiledThemeEqualsTemplatesFolder() {
        let disk = Self.filesOnDisk()
        #expect(disk.count > 10)
        #expect(Set(BuiltinTheme.files.keys) == Set(disk.keys), "run `make theme`: the file lists differ")
        for (path, text) in disk.sorted(by: { $0.key < $1.key }) {
            #expect(BuiltinTheme.files[path] == text, "run `make theme`: \(path) differs from the compiled copy")
        }
    }
}

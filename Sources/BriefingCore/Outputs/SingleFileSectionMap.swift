import Foundation

/// Where each article's section lies in a written `briefing.html`, so that a build in which only some article
/// bodies changed (`BodyOnlyEdit`) copies every other byte of the previous file instead of rendering 10,000
/// sections again (`SingleFileBriefing.patch`).
///
/// Kept in the cache folder as `single-file-<language>.rec`, with the size and modification time (ns) of the file
/// it describes: a map whose file was replaced since (or whose build failed and was discarded) is never used.
struct SingleFileSectionMap: Equatable, Sendable {
    /// One selected article's section: its slug, and its byte offset and length in the file.
    struct Section: Equatable, Sendable {
        var slug: String
        var offset: Int
        var length: Int
    }

    var sections: [Section]
    var fileSize: Int
    var fileModified: Int

    static func fileName(language: String) -> String { "single-file-" + language + ".rec" }

    /// The map in `folder` for `language`, if it describes `file` as it is now.
    static func load(folder: String, language: String, describing file: String) -> SingleFileSectionMap? {
        guard case .payload(let payload) = CacheRecordFile.read(folder + "/" + fileName(language: language)) else { return nil }
        var reader = BinaryReader(payload)
        guard let fileSize = try? reader.readInt(), let fileModified = try? reader.readInt(), let count = try? reader.readCount() else { return nil }
        var sections: [Section] = []
        for _ in 0..<count {
            guard let slug = try? reader.readString(), let offset = try? reader.readInt(), let length = try? reader.readInt() else { return nil }
            sections.append(Section(slug: slug, offset: offset, length: length))
        }
        guard reader.isAtEnd, let stamp = BuildCache.stamp(file), stamp.size == fileSize, stamp.modified == fileModified else { return nil }
        return SingleFileSectionMap(sections: sections, fileSize: fileSize, fileModified: fileModified)
    }

    func save(folder: String, language: String) {
        var writer = BinaryWriter()
        writer.write(fileSize)
        writer.write(fileModified)
        writer.write(sections.count)
        for section in sections {
            writer.write(section.slug)
            writer.write(section.offset)
            writer.write(section.length)
        }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = CacheRecordFile.write(writer.bytes, to: folder + "/" + Self.fileName(language: language))
    }

    static func remove(folder: String, language: String) {
        try? FileManager.default.removeItem(atPath: folder + "/" + fileName(language: language))
    }
}

#if os(Linux)
import Glibc
import Synchronization

/// Watches `Content/` and `Templates/` of a site with Linux inotify: one watch on every folder below them, added
/// again for folders created later. `wait(timeout:)` blocks until something changed and returns the changed
/// paths, relative to the site root, with the same rule as `SourceWatcher` (hidden files and editor backups
/// ending in `~` are skipped). When the kernel's event queue overflowed, every file counts as changed.
final class InotifyWatcher: Sendable {
    /// What a wait saw.
    enum Change: Equatable, Sendable {
        /// These paths (files, or folders created or removed) changed.
        case paths([String])
        /// Events were lost; the caller must assume anything changed.
        case overflow
    }

    private struct State: Sendable {
        var folders: [Int32: String] = [:]
    }

    let root: String
    private let descriptor: Int32
    private let state = Mutex(State())
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Nil when inotify is unavailable (no kernel support, or the per-user instance limit is reached); then poll.
    init?(root: String) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.root = root
        self.descriptor = descriptor
        for folder in SourceWatcher.folders {
            guard addWatches(folder, depth: 0) != nil else {
                close(descriptor)
                return nil
            }
        }
    }

    deinit {
        close(descriptor)
    }

    /// Watches `relative` (a folder below the root; a missing one is fine) and every folder in it. Returns the
    /// files found inside, or nil when a watch could not be added (the watch limit is reached).
    @discardableResult
    private func addWatches(_ relative: String, depth: Int) -> [String]? {
        guard depth < 32 else { return [] }
        let absolute = root + "/" + relative
        let watch = inotify_add_watch(descriptor, absolute, Self.mask)
        if watch < 0 { return errno == ENOENT || errno == ENOTDIR ? [] : nil }
        state.withLock { $0.folders[watch] = relative }
        guard let directory = opendir(absolute) else { return [] }
        defer { closedir(directory) }
        var files: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard name != ".", name != "..", !SourceWatcher.isIgnored(name) else { continue }
            var info = stat()
            guard stat(absolute + "/" + name, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                guard let inner = addWatches(relative + "/" + name, depth: depth + 1) else { return nil }
                files += inner
            } else {
                files.append(relative + "/" + name)
            }
        }
        return files
    }

    /// Blocks up to `timeout` seconds for a change, then gathers further events until none arrives for `quiet`
    /// seconds (an editor's save is often several writes and a rename). Nil when nothing changed in time.
    func wait(timeout: Double, quiet: Double = 0.02) -> Change? {
        guard poll(milliseconds: Int32(timeout * 1000)) else { return nil }
        var changed = Set<String>()
        var overflowed = false
        repeat {
            overflowed = readEvents(into: &changed) || overflowed
        } while poll(milliseconds: Int32(quiet * 1000))
        if overflowed { return .overflow }
        return changed.isEmpty ? nil : .paths(changed.sorted())
    }

    private func poll(milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = Glibc.poll(&request, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0
        }
    }

    /// Reads what is queued; true when the queue had overflowed.
    private func readEvents(into changed: inout Set<String>) -> Bool {
        var overflowed = false
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, capacity)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return overflowed }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer + offset + MemoryLayout<inotify_event>.size
                let name = String(decoding: UnsafeRawBufferPointer(start: nameStart, count: Int(event.len)).prefix(while: { $0 != 0 }),
                                  as: UTF8.self)
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    overflowed = true
                    continue
                }
                if event.mask & UInt32(IN_IGNORED) != 0 {
                    _ = state.withLock { $0.folders.removeValue(forKey: event.wd) }
                    continue
                }
                guard let folder = state.withLock({ $0.folders[event.wd] }) else { continue }
                if name.isEmpty {
                    // The watched folder itself was removed or moved away.
                    if event.mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 { changed.insert(folder) }
                    continue
                }
                guard !SourceWatcher.isIgnored(name) else { continue }
                let path = folder + "/" + name
                changed.insert(path)
                if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    // A new folder: watch it, and count what was written into it before the watch existed.
                    if let inner = addWatches(path, depth: path.split(separator: "/").count) {
                        changed.formUnion(inner)
                    } else {
                        overflowed = true
                    }
                }
            }
        }
    }
}
#endif

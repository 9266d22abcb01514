import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on up to `jobs` threads; the result keeps the input order.
    ///
    /// Each thread takes the next element as it becomes free (libdispatch's `concurrentPerform` hands out
    /// iterations one by one), so a run of costly elements — a site's country pages, which come last — is shared
    /// out instead of falling to whichever thread drew that part of the array.
    public func parallelMap<T>(jobs: Int, _ transform: (Element) -> T) -> [T] {
        if jobs <= 1 || count < 2 { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    output[index] = transform(self[index])
                }
            }
        }
        return results.map { $0! }
    }
}

/// Runs two independent pieces of work at the same time (one after the other with a single job) and returns both
/// results. The second runs as a separate queue item rather than inside a `concurrentPerform`, so that the
/// `parallelMap`s inside each piece keep their full width (libdispatch runs nested applies serially).
func sideBySide<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
    if jobs <= 1 { return (first(), second()) }
    var b: B?
    let a: A = withUnsafeMutablePointer(to: &b) { b in
        nonisolated(unsafe) let b = b
        return withoutActuallyEscaping(second) { second in
            nonisolated(unsafe) let second = second
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { b.pointee = second() }
            let a = first()
            group.wait()
            return a
        }
    }
    return (a, b!)
}

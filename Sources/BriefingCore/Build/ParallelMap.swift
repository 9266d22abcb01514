import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on up to `jobs` threads; the result keeps the input order.
    public func parallelMap<T>(jobs: Int, _ transform: (Element) -> T) -> [T] {
        if jobs <= 1 || count < 2 { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        let chunks = Swift.min(count, jobs * 8)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = chunk * count / chunks
                    let upper = (chunk + 1) * count / chunks
                    for index in lower..<upper {
                        output[index] = transform(self[index])
                    }
                }
            }
        }
        return results.map { $0! }
    }
}

/// Runs two independent pieces of work at the same time (one after the other with a single job) and returns both results.
func sideBySide<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
    if jobs <= 1 { return (first(), second()) }
    var a: A?
    var b: B?
    withUnsafeMutablePointer(to: &a) { a in
        withUnsafeMutablePointer(to: &b) { b in
            nonisolated(unsafe) let a = a, b = b
            withoutActuallyEscaping(first) { first in
                withoutActuallyEscaping(second) { second in
                    nonisolated(unsafe) let first = first, second = second
                    DispatchQueue.concurrentPerform(iterations: 2) { part in
                        if part == 0 { a.pointee = first() } else { b.pointee = second() }
                    }
                }
            }
        }
    }
    return (a!, b!)
}

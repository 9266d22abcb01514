/// Accumulates text with every run of ASCII whitespace (and every word break) written as one space,
/// and none at either end.
struct CollapsedText: ~Copyable {
    private var buffer: ByteBuffer
    private var pendingSpace = false

    init(capacity: Int = 64) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// Separates what came before from what comes next (a block boundary or line break).
    @inline(__always)
    mutating func breakWord() {
        pendingSpace = true
    }

    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let input = source.baseAddress, !source.isEmpty else { return }
        var state = (pendingSpace: pendingSpace, hasText: !buffer.isEmpty)
        buffer.appendUnsafe(reserving: source.count + 1) { output in
            Self.collapse(input, count: source.count, into: output, state: &state)
        }
        pendingSpace = state.pendingSpace
    }

    /// Copies `count` bytes from `input` to `output`, collapsing whitespace; returns how many bytes it wrote
    /// (at most `count + 1`).
    @inline(__always)
    private static func collapse(
        _ input: UnsafePointer<UInt8>,
        count: Int,
        into output: UnsafeMutablePointer<UInt8>,
        state: inout (pendingSpace: Bool, hasText: Bool)
    ) -> Int {
        var pendingSpace = state.pendingSpace
        var hasText = state.hasText
        var read = input
        let end = input + count
        var write = output
        while read < end {
            var byte = read.pointee
            if byte <= 0x20 && (byte == 0x20 || (byte &- 0x09) <= 0x04) {
                pendingSpace = true
                read += 1
                continue
            }
            if pendingSpace && hasText {
                write.pointee = UInt8(ascii: " ")
                write += 1
            }
            pendingSpace = false
            hasText = true
            repeat {
                write.pointee = byte
                write += 1
                read += 1
                guard read < end else { break }
                byte = read.pointee
            } while byte > 0x20 || (byte != 0x20 && (byte &- 0x09) > 0x04)
        }
        state = (pendingSpace, hasText)
        return write - output
    }

    var string: String {
        buffer.makeString()
    }
}

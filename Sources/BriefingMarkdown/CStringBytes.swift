#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a NUL-terminated C string (as cmark returns them), without copying; empty for `nil`.
@inline(__always)
func cStringBytes(_ pointer: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
    guard let pointer else {
        return UnsafeBufferPointer(start: nil, count: 0)
    }
    return UnsafeBufferPointer(
        start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
        count: strlen(pointer)
    )
}

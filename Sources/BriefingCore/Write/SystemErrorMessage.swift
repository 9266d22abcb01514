import Foundation

/// The system's own message for a failed file operation (`strerror`, e.g. "No space left on device"), dug out of
/// Foundation's wrapping, which on Linux often says only "The operation could not be completed".
enum SystemErrorMessage {
    static func of(_ error: any Error) -> String {
        var current = error as NSError
        for _ in 0..<4 {
            if current.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(current.code))) }
            guard let underlying = current.userInfo[NSUnderlyingErrorKey] as? NSError else { break }
            current = underlying
        }
        if let posix = (error as? CocoaError)?.underlying as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return error.localizedDescription
    }
}

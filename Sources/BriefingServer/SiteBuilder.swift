import BriefingCore
import Dispatch

/// Runs the build pipeline on a thread of its own, so that a long build never holds up the threads that
/// answer requests. The pipeline's staging-and-swap writer leaves the output untouched when a build fails.
struct SiteBuilder: Sendable {
    let options: BuildOptions

    private static let queue = DispatchQueue(label: "briefing.serve.build", qos: .userInitiated)

    func build() async -> BuildOutcome {
        let options = options
        return await withCheckedContinuation { continuation in
            Self.queue.async {
                continuation.resume(returning: Self.run(options))
            }
        }
    }

    static func run(_ options: BuildOptions) -> BuildOutcome {
        do {
            let result = try BuildPipeline.run(options)
            return result.failed(strict: options.strict) ? .failed(result.diagnostics) : .built(result)
        } catch {
            return .misconfigured(error)
        }
    }
}

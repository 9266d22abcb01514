import BriefingCore
import FlyingFox
import Foundation

/// Answers every request while serving: files of the output folder, or the pages refreshed in memory since the
/// last build in their place (with the reload script, and the error overlay while the latest build failed, added
/// to HTML), the reload event stream, redirects for folders asked for without a slash, and a real 404 page.
struct SiteRequestHandler: HTTPHandler {
    let resolver: OutputFileResolver
    let status: BuildStatus
    let hub: ReloadHub
    let overlay: PageOverlay

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            let headers: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        let target = request.target.path(percentEncoded: true)
        if target == ReloadScript.eventsPath {
            return await eventStream()
        }
        let response: HTTPResponse
        switch resolver.resolve(target: target) {
        case .file(let path):
            if let bytes = overlaid(path) {
                response = await page(String(decoding: bytes, as: UTF8.self), statusCode: .ok)
            } else {
                response = try await file(at: path, statusCode: .ok)
            }
        case .redirect(let location):
            let query = request.target.query(percentEncoded: true)
            let headers: HTTPHeaders = [.location: query.isEmpty ? location : location + "?" + query, .cacheControl: "no-store"]
            response = HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .notFound, .forbidden:
            response = try await notFound()
        }
        return request.method == .HEAD ? headOnly(response) : response
    }

    /// The refreshed bytes of the HTML page at `path` (inside the output folder), when it is overlaid.
    private func overlaid(_ path: String) -> [UInt8]? {
        guard ContentTypes.forPath(path) == ContentTypes.html, path.hasPrefix(resolver.root + "/") else { return nil }
        return overlay.bytes(at: String(path.dropFirst(resolver.root.count + 1)))
    }

    private func eventStream() async -> HTTPResponse {
        let stream = await hub.subscribe(hello: ServerSentEvent(name: ServerSentEvent.hello, data: await status.buildID))
        return HTTPResponse(statusCode: .ok,
                            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                                      HTTPHeader("X-Accel-Buffering"): "no"],
                            body: HTTPBodySequence(from: EventStreamBody(chunks: stream)))
    }

    private func file(at path: String, statusCode: HTTPStatusCode) async throws -> HTTPResponse {
        let type = ContentTypes.forPath(path)
        guard type == ContentTypes.html else {
            return HTTPResponse(statusCode: statusCode, headers: [.contentType: type, .cacheControl: "no-store"],
                                body: try HTTPBodySequence(file: URL(fileURLWithPath: path)))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return try await notFound() }
        return await page(String(decoding: data, as: UTF8.self), statusCode: statusCode)
    }

    /// An HTML page with the reload script, and the overlay while the latest build failed.
    private func page(_ html: String, statusCode: HTTPStatusCode) async -> HTTPResponse {
        var extra = ReloadScript.html
        if let failure = await status.failure {
            extra = ErrorOverlay.html(for: failure) + extra
        }
        return HTTPResponse(statusCode: statusCode, headers: [.contentType: ContentTypes.html, .cacheControl: "no-store"],
                            body: Data(ReloadScript.inject(extra, into: html).utf8))
    }

    /// The site's own `404.html` when it has one, else a plain page; always with status 404.
    private func notFound() async throws -> HTTPResponse {
        if case .file(let path) = resolver.resolve(target: "/404.html"),
           let data = FileManager.default.contents(atPath: path) {
            return await page(Self.anchoredAtRoot(String(decoding: data, as: UTF8.self)), statusCode: .notFound)
        }
        return await page(Self.plainNotFound, statusCode: .notFound)
    }

    /// `404.html` is shown at any address, but its relative links are written for the site root: a `<base href="/">`
    /// makes them resolve there, unless the page sets its own base.
    static func anchoredAtRoot(_ html: String) -> String {
        guard html.range(of: "<base ", options: .caseInsensitive) == nil,
              let head = html.range(of: "<head>", options: .caseInsensitive) else { return html }
        var result = html
        result.insert(contentsOf: "\n<base href=\"/\">", at: head.upperBound)
        return result
    }

    static let plainNotFound = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>
        <body><h1>Page not found</h1><p>There is no page at this address. <a href="/index.html">Go to the home page</a>.</p></body></html>

        """

    private func headOnly(_ response: HTTPResponse) -> HTTPResponse {
        guard case .httpBody(let body) = response.payload else { return response }
        var headers = response.headers
        if let count = body.count { headers[.contentLength] = String(count) }
        return HTTPResponse(version: response.version, statusCode: response.statusCode, headers: headers, body: Data())
    }
}

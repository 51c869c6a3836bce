import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

extension Fetcher {
    /// Sends one GET and reads the whole response within ``FetcherConfiguration/timeout``.
    ///
    /// AsyncHTTPClient's deadline covers the response head only, so the body is raced against a timer:
    /// whichever finishes first cancels the other, and a cancelled body stream closes the connection.
    func exchange(_ target: FetchTarget, extraHeaders: [(String, String)]) async throws(AttemptFailure) -> HTTPExchange
    {
        let limit = configuration.timeout
        do {
            return try await withThrowingTaskGroup(of: HTTPExchange?.self) { group in
                group.addTask { try await self.send(target, extraHeaders: extraHeaders) }
                group.addTask {
                    try await Task.sleep(for: .milliseconds(Int64(limit * 1000)))
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let exchange = first else { throw AttemptFailure.timedOut }
                return exchange
            }
        } catch let failure as AttemptFailure {
            throw failure
        } catch {
            throw Self.classify(error)
        }
    }

    private func send(_ target: FetchTarget, extraHeaders: [(String, String)]) async throws -> HTTPExchange {
        var request = HTTPClientRequest(url: target.string)
        request.method = .GET
        var headers: [(String, String)] = [
            ("User-Agent", configuration.userAgentHeader),
            (
                "Accept",
                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                    + "application/xml;q=0.9,*/*;q=0.8"
            ),
        ]
        headers += extraHeaders
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let sent = Date()
        let response = try await client.execute(
            request, deadline: .now() + .milliseconds(Int64(configuration.timeout * 1000)))

        let cap = configuration.maximumBodySize
        var body: [UInt8] = []
        var truncated = false
        if let declared = response.headers.first(name: "content-length").flatMap(Int.init), declared > cap {
            truncated = true  // no need to read what will be refused
        } else {
            for try await buffer in response.body {
                if body.count + buffer.readableBytes > cap {
                    body += buffer.readableBytesView.prefix(cap - body.count)
                    truncated = true
                    break  // dropping the stream cancels the request and closes the connection
                }
                body += buffer.readableBytesView
            }
        }
        let host = target.url.port.map { "\(target.url.host ?? ""):\($0)" } ?? (target.url.host ?? "")
        return HTTPExchange(
            url: target.url, requestLine: "GET \(target.pathAndQuery) HTTP/1.1",
            requestHeaders: [("Host", host)] + headers,
            version: "HTTP/\(response.version.major).\(response.version.minor)", status: Int(response.status.code),
            reason: response.status.reasonPhrase, responseHeaders: response.headers.map { ($0.name, $0.value) },
            body: body, truncated: truncated, date: sent)
    }

    /// Sorts a transport error into time-out, connection failure (both retried) or a fatal error.
    static func classify(_ error: any Error) -> AttemptFailure {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .readTimeout, .deadlineExceeded, .writeTimeout, .getConnectionFromPoolTimeout,
                .tlsHandshakeTimeout:
                return .timedOut
            case .remoteConnectionClosed:
                return .cannotConnect("the server closed the connection")
            case .invalidURL, .emptyHost, .emptyScheme:
                return .fatal(FetchError(.invalidURL, "not a URL the client can fetch (\(error))"))
            case .cancelled:
                return .fatal(FetchError(.stopped, "cancelled"))
            default:
                return .cannotConnect(String(describing: error))
            }
        }
        if error is CancellationError { return .fatal(FetchError(.stopped, "cancelled")) }
        if let error = error as? ChannelError, case .connectTimeout = error { return .timedOut }
        if let error = error as? NIOConnectionError {
            if let reason = error.connectionErrors.lazy.compactMap({ ($0.error as? IOError)?.errnoCode }).first {
                return .cannotConnect(String(cString: strerror(reason)).lowercased())
            }
            if error.dnsAError != nil || error.dnsAAAAError != nil {
                return .cannotConnect("cannot resolve \(error.host)")
            }
            return .cannotConnect("no connection to \(error.host):\(error.port)")
        }
        if let error = error as? IOError {
            return .cannotConnect(String(cString: strerror(error.errnoCode)).lowercased())
        }
        return .cannotConnect(String(describing: error))
    }
}

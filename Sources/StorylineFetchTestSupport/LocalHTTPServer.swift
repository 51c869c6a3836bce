import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// Test support: an HTTP/1.1 server on 127.0.0.1 with an ephemeral port, serving fixture routes from
/// the test process, and logging every request it gets (path, headers, arrival time).
///
/// ```swift
/// let server = try await LocalHTTPServer(routes: ["/a": { _ in .html("<p>Hello</p>") }])
/// defer { Task { try await server.shutdown() } }
/// let url = server.url("/a")
/// ```
public final class LocalHTTPServer: Sendable {
    /// A request as the server saw it.
    public struct Request: Sendable {
        public var method: String
        /// The request target: path and query.
        public var uri: String
        /// Header values by lower-cased name.
        public var headers: [String: String]
        public var arrival: ContinuousClock.Instant
        /// 1 for the first request to this path, 2 for the second, …: lets a route fail, then succeed.
        public var number: Int

        /// The path without the query.
        public var path: String { String(uri.split(separator: "?", maxSplits: 1).first ?? "") }
    }

    /// What a route answers.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Wait this long before sending anything (for time-outs).
        public var delay: Duration?
        /// Send the body chunked, in pieces, without a `Content-Length`.
        public var chunked: Bool

        public init(
            status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = [], delay: Duration? = nil,
            chunked: Bool = false
        ) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.chunked = chunked
        }

        /// A `200` HTML page (UTF-8 unless another charset's bytes and name are given).
        public static func html(_ text: String, charset: String = "utf-8") -> Response {
            Response(headers: [("Content-Type", "text/html; charset=\(charset)")], body: Array(text.utf8))
        }

        /// A redirect to `location`.
        public static func redirect(_ location: String, status: Int = 301) -> Response {
            Response(status: status, headers: [("Location", location)])
        }

        /// An empty answer with `status`.
        public static func status(_ status: Int, headers: [(String, String)] = []) -> Response {
            Response(status: status, headers: headers)
        }
    }

    public typealias Route = @Sendable (Request) -> Response

    private let channel: any Channel
    private let log = NIOLockedValueBox<[Request]>([])
    /// The port the server listens on.
    public let port: Int

    /// Starts a server with `routes` by path (query ignored); other paths get 404.
    public init(routes: [String: Route]) async throws {
        let log = self.log
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RouteHandler(routes: routes, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    /// `http://127.0.0.1:PORT` + `path`.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request so far, in arrival order.
    public var requests: [Request] { log.withLockedValue { $0 } }

    /// The requests to `path` (query ignored), in arrival order.
    public func requests(to path: String) -> [Request] { requests.filter { $0.path == path } }

    /// Stops listening.
    public func shutdown() async throws {
        try await channel.close()
    }
}

/// Answers each complete request from the route table.
private final class RouteHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let routes: [String: LocalHTTPServer.Route]
    private let log: NIOLockedValueBox<[LocalHTTPServer.Request]>
    private var head: HTTPRequestHead?

    init(routes: [String: LocalHTTPServer.Route], log: NIOLockedValueBox<[LocalHTTPServer.Request]>) {
        self.routes = routes
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            var headers: [String: String] = [:]
            for (name, value) in head.headers { headers[name.lowercased()] = value }
            var request = LocalHTTPServer.Request(
                method: "\(head.method)", uri: head.uri, headers: headers, arrival: .now, number: 0)
            log.withLockedValue { log in
                request.number = log.filter { $0.path == request.path }.count + 1
                log.append(request)
            }
            let response = routes[request.path]?(request) ?? .status(404)
            if let delay = response.delay {
                let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
                let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
                context.eventLoop.scheduleTask(in: .nanoseconds(delay.nanoseconds)) {
                    handler.value.send(response, context: loopBound.value)
                }
            } else {
                send(response, context: context)
            }
        }
    }

    private func send(_ response: LocalHTTPServer.Response, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders(response.headers)
        if response.chunked {
            headers.replaceOrAdd(name: "Transfer-Encoding", value: "chunked")
        } else if !headers.contains(name: "Content-Length") {
            headers.add(name: "Content-Length", value: "\(response.body.count)")
        }
        let status = HTTPResponseStatus(statusCode: response.status)
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        let pieceSize = response.chunked ? 4096 : max(response.body.count, 1)
        var offset = 0
        while offset < response.body.count {
            let piece = response.body[offset..<min(offset + pieceSize, response.body.count)]
            context.write(
                wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: piece)))), promise: nil)
            offset += pieceSize
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}

extension Duration {
    fileprivate var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

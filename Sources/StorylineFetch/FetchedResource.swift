/// The answer to one ``Fetcher/fetch(_:validators:)``: the final response after redirects.
public struct FetchedResource: Sendable, Hashable {
    /// The URL asked for.
    public var requestedURL: String
    /// The URL that answered, after redirects; the article's URL.
    public var url: String
    /// Every URL visited, the requested one first and the final one last.
    public var redirectChain: [String]
    /// The final HTTP status: 2xx, or 304 for a resource that has not changed.
    public var status: Int
    /// The response headers, names lower-cased; repeated headers joined with `, `.
    public var headers: [String: String]
    /// The body as received (not decoded: the charset is in ``contentType``).
    public var body: [UInt8]
    /// How many tries the final URL needed.
    public var attempts: Int

    public init(
        requestedURL: String, url: String, redirectChain: [String], status: Int, headers: [String: String],
        body: [UInt8], attempts: Int
    ) {
        self.requestedURL = requestedURL
        self.url = url
        self.redirectChain = redirectChain
        self.status = status
        self.headers = headers
        self.body = body
        self.attempts = attempts
    }

    /// Whether the server answered `304 Not Modified` to a conditional request.
    public var isNotModified: Bool { status == 304 }

    /// The parsed `Content-Type` header, if any.
    public var contentType: ContentType? { headers["content-type"].flatMap(ContentType.init) }

    /// The validators to revalidate this resource next time.
    public var validators: HTTPValidators {
        HTTPValidators(etag: headers["etag"], lastModified: headers["last-modified"])
    }
}

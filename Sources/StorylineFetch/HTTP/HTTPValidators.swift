/// What a server gave to revalidate a resource later: its `ETag` and `Last-Modified` headers.
///
/// Sent back as `If-None-Match` and `If-Modified-Since`; a `304 Not Modified` answer then means the
/// resource is unchanged. Kept between runs in the ``FetchState``.
public struct HTTPValidators: Sendable, Hashable, Codable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    /// Whether there is nothing to revalidate with.
    public var isEmpty: Bool { etag == nil && lastModified == nil }

    /// The conditional request headers for these validators.
    var conditionalHeaders: [(String, String)] {
        var headers: [(String, String)] = []
        if let etag { headers.append(("If-None-Match", etag)) }
        if let lastModified { headers.append(("If-Modified-Since", lastModified)) }
        return headers
    }
}

import Foundation

/// An absolute `http`/`https` URL with the parts the fetcher keys on: host (for politeness), origin
/// (for robots.txt) and the path with query (the robots rules' subject).
struct FetchTarget: Sendable, Hashable {
    let url: URL
    /// `example.com:443`, lower-cased: requests to one host key are spaced.
    let hostKey: String
    /// `https://example.com:443`: robots.txt applies per origin.
    let origin: String
    /// `/path?query`, percent-encoded as in the request line.
    let pathAndQuery: String

    /// Parses `string`, dropping any `#fragment`; nil when it is not an absolute http(s) URL.
    init?(_ string: String, relativeTo base: URL? = nil) {
        guard let parsed = URL(string: string.trimmingSpaces, relativeTo: base)?.absoluteURL,
            var components = URLComponents(url: parsed, resolvingAgainstBaseURL: true)
        else { return nil }
        components.fragment = nil
        guard let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host?.lowercased(), !host.isEmpty, let url = components.url
        else { return nil }
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        self.url = url
        hostKey = "\(host):\(port)"
        origin = "\(scheme)://\(host):\(port)"
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        pathAndQuery = components.percentEncodedQuery.map { "\(path)?\($0)" } ?? path
    }

    /// The robots.txt URL of this target's origin.
    var robotsURL: FetchTarget {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: true)!
        components.percentEncodedPath = "/robots.txt"
        components.percentEncodedQuery = nil
        return FetchTarget(components.url!.absoluteString)!
    }

    var string: String { url.absoluteString }
}

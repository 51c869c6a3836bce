/// A parsed `Content-Type` header: the media type and its `charset` parameter.
///
/// ```swift
/// let type = ContentType("text/html; charset=\"Windows-1251\"")
/// type?.mediaType  // "text/html"
/// type?.charset    // "windows-1251"
/// type?.isHTML     // true
/// ```
public struct ContentType: Sendable, Hashable, CustomStringConvertible {
    /// The media type, lower-cased, without parameters (`text/html`).
    public var mediaType: String
    /// The `charset` parameter, lower-cased and unquoted, if given.
    public var charset: String?

    /// Parses a header value; nil when it holds no `type/subtype`.
    public init?(_ header: String) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        let type = parts.first.map { $0.trimmingSpaces.lowercased() } ?? ""
        guard type.contains("/") else { return nil }
        mediaType = type
        charset = nil
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = parameter[..<equals].trimmingSpaces.lowercased()
            guard name == "charset" else { continue }
            var value = parameter[parameter.index(after: equals)...].trimmingSpaces
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { charset = value.lowercased() }
        }
    }

    /// Whether the body is an HTML page (`text/html` or `application/xhtml+xml`).
    public var isHTML: Bool { mediaType == "text/html" || mediaType == "application/xhtml+xml" }

    public var description: String {
        guard let charset else { return mediaType }
        return "\(mediaType); charset=\(charset)"
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

import Foundation

/// One request and the response it got, as sent and received: what the WARC file keeps.
struct HTTPExchange: Sendable {
    var url: URL
    /// `GET /path?query HTTP/1.1`.
    var requestLine: String
    var requestHeaders: [(String, String)]
    /// `HTTP/1.1`.
    var version: String
    var status: Int
    var reason: String
    var responseHeaders: [(String, String)]
    var body: [UInt8]
    /// Whether the body was cut off at the size cap.
    var truncated: Bool
    /// When the request was sent.
    var date: Date

    /// The response headers by lower-cased name, repeated headers joined with `, `.
    var headerDictionary: [String: String] {
        var dictionary: [String: String] = [:]
        for (name, value) in responseHeaders {
            let key = name.lowercased()
            dictionary[key] = dictionary[key].map { "\($0), \(value)" } ?? value
        }
        return dictionary
    }

    func header(_ name: String) -> String? {
        responseHeaders.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }
}

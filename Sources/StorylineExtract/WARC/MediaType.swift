import StorylineCore

/// A `Content-Type` value split into its lowercased media type and its `charset` parameter.
struct MediaType {
    /// `text/html`, `application/xhtml+xml` …, lowercased; empty when the value has none.
    var type: String
    /// The `charset` parameter, when it is a plausible charset name.
    var charset: String?

    init(_ value: String) {
        let parts = value.split(separator: ";")
        type = parts.first.map { String($0).trimmingWhitespace().lowercased() } ?? ""
        charset = nil
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard pair.count == 2, pair[0].lowercased() == "charset" else { continue }
            let name = pair[1].trimmingQuotes()
            if !name.isEmpty, name.count <= 40,
                name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) })
            {
                charset = name
            }
        }
    }

    var isHTML: Bool { type == "text/html" || type == "application/xhtml+xml" || type == "application/xhtml" }

    /// RSS, Atom and JSON Feed types, and generic XML (which may hold a feed).
    var mayBeFeed: Bool {
        [
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "application/feed+json", "application/json",
        ].contains(type)
    }
}

extension String {
    /// The string without the quotes around it (`"utf-8"` → `utf-8`).
    fileprivate func trimmingQuotes() -> String {
        var result = Substring(self)
        while let first = result.first, first == "\"" || first == "'" { result = result.dropFirst() }
        while let last = result.last, last == "\"" || last == "'" { result = result.dropLast() }
        return String(result)
    }
}

/// Removes the site name that pages append to (or put before) their `<title>`: "Headline | Site",
/// "Headline - Site", "Site: Headline".
struct TitleCleaner {
    /// The outlet's name when known; a segment equal to it is always removed.
    let outlet: String?
    /// The page's `<title>`: a trailing segment it shares with an OpenGraph title is the site name.
    var pageTitle: String? = nil

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " : "]
    /// Separators trusted only next to the outlet's own name ("Outlet: Headline").
    static let outletSeparators = [": "]

    /// `title` without a site-name segment. With `onlyWhenOutlet`, a segment is removed only when it
    /// equals the outlet (OpenGraph titles usually have none, and a dash there is part of the headline).
    func removingSiteName(from title: String, onlyWhenOutlet: Bool) -> String {
        let outletKey = outlet.map(Self.key)
        for separator in Self.separators + Self.outletSeparators {
            let parts = title.parts(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let first = parts[0]
            let last = parts[parts.count - 1]
            if let outletKey, Self.key(last) == outletKey {
                return parts.dropLast().joined(separator: separator)
            }
            if let outletKey, Self.key(first) == outletKey {
                return parts.dropFirst().joined(separator: separator)
            }
            if Self.outletSeparators.contains(separator) { continue }
            if onlyWhenOutlet {
                // A pipe is almost never part of a headline; other separators need the <title> to agree.
                let sharedWithTitle = pageTitle.map { $0 != title && $0.hasSuffix(separator + last) } ?? false
                guard separator == " | " || sharedWithTitle else { continue }
            }
            let rest = parts.dropLast().joined(separator: separator)
            // A site name is short and shorter than the headline it follows.
            if last.count <= 40, last.count < rest.count { return rest }
        }
        return title
    }

    private static func key(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}

extension String {
    /// The parts of the string between occurrences of `separator` (a Foundation-free `components`).
    fileprivate func parts(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}

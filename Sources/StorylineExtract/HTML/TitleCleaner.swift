/// Removes the site name that pages append to (or put before) their titles: "Headline | Site",
/// "Headline - Site", "Headline — Site", "Site: Headline", "Site » Blog Archive » Headline".
///
/// A segment is the site's name when it matches one of ``siteNames`` (`og:site_name`, the JSON-LD
/// publisher, `application-name`) or a label of the page's host ("Tastewise" on tastewise.io). With
/// `loose`, a short last segment is removed even without a match ("Headline | Opinion"), which suits
/// the `<title>` element but not a heading.
struct TitleCleaner {
    /// Names the site goes by.
    var siteNames: [String]
    /// Compact keys of the host's distinctive labels ("nytimes" for www.nytimes.com).
    var hostKeys: [String]

    static let separators = [
        " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ ", " │ ", " › ", " ‹ ", " // ",
        " : ", "|",
    ]
    /// Labels too common to name a site ("www", "com", country codes).
    static let commonHostLabels: Set<String> = [
        "www", "com", "org", "net", "co", "uk", "de", "fr", "io", "edu", "gov", "info", "news", "blog", "blogs",
        "online", "web", "m", "amp", "en", "us", "au", "ca", "at", "ch", "it", "es", "nl", "pl", "ru", "br", "in",
        "jp", "cn", "biz", "tv", "me", "ai", "app", "int", "ac",
    ]

    /// Segments that name a part of any site rather than a headline ("Blog Archive").
    static let genericSegments: Set<String> = ["blogarchive", "blogarchiv", "archive", "archiv", "home", "startseite"]

    init(siteNames: [String] = [], pageURL: String? = nil) {
        self.siteNames = siteNames.map(TitleKey.compact).filter { !$0.isEmpty }
        self.hostKeys = pageURL.map(Self.hostKeys) ?? []
    }

    /// The distinctive labels of the host in `url`.
    static func hostKeys(of url: String) -> [String] {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.split(separator: ".").map { TitleKey.compact(String($0)) }.filter {
            $0.count > 2 && !commonHostLabels.contains($0)
        }
    }

    /// Whether `segment` is the site's name rather than part of a headline.
    func isSiteName(_ segment: String) -> Bool {
        let key = TitleKey.compact(segment)
        guard !key.isEmpty else { return false }
        if Self.genericSegments.contains(key) { return true }
        for site in siteNames {
            if key == site { return true }
            if key.count >= 4, site.count >= 4, site.contains(key) || key.contains(site) { return true }
        }
        guard TitleKey.wordCount(segment) <= 6 else { return false }
        for host in hostKeys where key == host || (host.count >= 4 && key.contains(host)) { return true }
        return false
    }

    /// `title` without a site-name segment, and the segment removed (nil when none was).
    func removingSiteName(from title: String, loose: Bool) -> (title: String, removed: String?) {
        for separator in Self.separators {
            let parts = title.parts(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let first = parts[0].trimmingWhitespace()
            let last = parts[parts.count - 1].trimmingWhitespace()
            if isSiteName(last) {
                let rest = parts.dropLast().joined(separator: separator).trimmingWhitespace()
                if !rest.isEmpty { return (removingSiteName(from: rest, loose: false).title, last) }
            }
            if isSiteName(first) {
                let rest = parts.dropFirst().joined(separator: separator).trimmingWhitespace()
                if !rest.isEmpty { return (removingSiteName(from: rest, loose: false).title, first) }
            }
        }
        // "Site: Headline"
        let colonParts = title.parts(separatedBy: ": ")
        if colonParts.count >= 2, isSiteName(colonParts[0]) {
            return (colonParts.dropFirst().joined(separator: ": ").trimmingWhitespace(), colonParts[0])
        }
        guard loose else { return (title, nil) }
        for separator in Self.separators where separator != " : " && separator != "|" {
            let parts = title.parts(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let last = parts[parts.count - 1].trimmingWhitespace()
            let rest = parts.dropLast().joined(separator: separator).trimmingWhitespace()
            // A site name is short and shorter than the headline it follows.
            if last.count <= 40, last.count < rest.count, TitleKey.wordCount(last) <= 5 { return (rest, last) }
        }
        return (title, nil)
    }
}

/// The rules of one robots.txt (RFC 9309) for one crawler.
///
/// The group for the crawler's product token is used (all groups naming it, combined), else the
/// `*` groups, else nothing is disallowed. Of the `Allow`/`Disallow` patterns matching a path, the
/// longest wins and `Allow` wins a tie; `/robots.txt` itself is always allowed. `Crawl-delay` (not in
/// the RFC, but widely used) is read from the same group.
///
/// ```swift
/// let rules = RobotsRules(parsing: "User-agent: *\nDisallow: /private\nAllow: /private/ok$", for: "Storyline")
/// rules.allows("/private/x")   // false
/// rules.allows("/private/ok")  // true
/// ```
public struct RobotsRules: Sendable, Hashable {
    private var patterns: [RobotsPattern]
    /// The group's `Crawl-delay` in seconds, if any.
    public var crawlDelay: Double?
    private var disallowsEverything = false

    /// Rules that allow every path (no robots.txt, or a 4xx answer for it).
    public static let allowAll = RobotsRules(patterns: [], crawlDelay: nil)
    /// Rules that allow no path (robots.txt unreachable or answering 5xx).
    public static let disallowAll: RobotsRules = {
        var rules = RobotsRules(patterns: [], crawlDelay: nil)
        rules.disallowsEverything = true
        return rules
    }()

    private init(patterns: [RobotsPattern], crawlDelay: Double?) {
        self.patterns = patterns
        self.crawlDelay = crawlDelay
    }

    /// Parses a robots.txt for the crawler whose product token is `token` (matched case-insensitively).
    public init(parsing text: String, for token: String) {
        let token = token.lowercased()
        var groups: [Group] = []
        var current: Group?
        var previousWasAgent = false
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.prefix { $0 != "#" }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            switch key {
            case "user-agent":
                if !previousWasAgent {
                    if let current { groups.append(current) }
                    current = Group()
                }
                current?.agents.append(value.lowercased())
                previousWasAgent = true
                continue
            case "allow", "disallow":
                if !value.isEmpty { current?.patterns.append(RobotsPattern(value, allows: key == "allow")) }
            case "crawl-delay":
                if let delay = Double(value), delay >= 0, delay.isFinite { current?.crawlDelay = delay }
            default:
                break  // sitemap and unknown lines do not end a group
            }
            previousWasAgent = false
        }
        if let current { groups.append(current) }

        var chosen = groups.filter { $0.agents.contains(where: { Self.agent($0, matches: token) }) }
        if chosen.isEmpty { chosen = groups.filter { $0.agents.contains("*") } }
        patterns = chosen.flatMap(\.patterns)
        crawlDelay = chosen.compactMap(\.crawlDelay).max()
    }

    private struct Group {
        var agents: [String] = []
        var patterns: [RobotsPattern] = []
        var crawlDelay: Double?
    }

    /// A `User-agent` value names the crawler when it is its product token, ignoring case and
    /// anything after the token (`Storyline/1.0`).
    private static func agent(_ value: String, matches token: String) -> Bool {
        let name = value.split(whereSeparator: { $0 == "/" || $0 == " " }).first.map(String.init) ?? value
        return name == token
    }

    /// Whether the crawler may fetch `path` (path and query, as in the request line).
    public func allows(_ path: String) -> Bool {
        if disallowsEverything { return false }
        let normalised = Array(RobotsPattern.normalise(path.isEmpty ? "/" : path).utf8)
        if normalised.elementsEqual("/robots.txt".utf8) { return true }
        var best: RobotsPattern?
        for pattern in patterns where pattern.matches(normalised) {
            guard let current = best else {
                best = pattern
                continue
            }
            if pattern.specificity > current.specificity
                || (pattern.specificity == current.specificity && pattern.allows && !current.allows)
            {
                best = pattern
            }
        }
        return best?.allows ?? true
    }
}

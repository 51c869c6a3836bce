/// Merges the mentions of one person within a text and resolves role-only references.
///
/// "Ana Costa", "Costa" and "Minister Costa" share a surname, so all map to the canonical "Ana Costa"
/// (the most recent full form before a short one, else the first full form after it). A role phrase
/// such as "the new foreign minister" or "the ministry chief" maps to the person introduced with a
/// matching role earlier in the text (or, failing that, later).
///
/// ```swift
/// let resolver = EntityResolver(mentions: EntityRecognizer().mentions(in: text))
/// resolver.person(matchingRole: "the foreign minister", before: 120)  // "Ana Costa"
/// ```
public struct EntityResolver: Sendable, Hashable {
    /// The mentions the resolver was built from, in order.
    public let mentions: [EntityMention]
    /// The canonical name of each person mention, parallel to `mentions` (`nil` for other kinds).
    public let canonicalNames: [String?]

    /// Builds the resolver from the mentions of one text. Complexity: O(m²) in the number of mentions.
    public init(mentions: [EntityMention]) {
        let sorted = mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.mentions = sorted
        var names: [String?] = []
        for (index, mention) in sorted.enumerated() {
            guard mention.kind == .person else {
                names.append(nil)
                continue
            }
            names.append(Self.fullForm(of: mention, at: index, in: sorted))
        }
        canonicalNames = names
    }

    /// The surname key of a name: its last word, folded, without a possessive.
    public static func surname(of name: String) -> String {
        var last = NameScalars.fold(String(name.split(separator: " ").last ?? ""))
        if last.hasSuffix("'s") { last.removeLast(2) }
        return last
    }

    /// The people of the text, in order of first mention, each with its canonical name and roles.
    public var people: [PersonEntity] {
        var order: [String] = []
        var byName: [String: PersonEntity] = [:]
        for (mention, name) in zip(mentions, canonicalNames) {
            guard let name else { continue }
            if byName[name] == nil {
                order.append(name)
                byName[name] = PersonEntity(name: name)
            }
            byName[name]!.mentions.append(mention)
            if let role = mention.role, !byName[name]!.roles.contains(role) { byName[name]!.roles.append(role) }
        }
        return order.compactMap { byName[$0] }
    }

    /// The canonical name for a person's name written at `offset` ("Costa" → "Ana Costa"), or `nil`
    /// when no person of the text has that surname.
    public func canonicalName(of name: String, near offset: Int) -> String? {
        let key = Self.surname(of: name)
        var best: String?
        for (mention, canonical) in zip(mentions, canonicalNames) {
            guard let canonical, Self.surname(of: mention.name) == key else { continue }
            if mention.start > offset && best != nil { break }
            best = canonical
        }
        return best
    }

    /// The canonical name of the person the role phrase refers to ("the new Secretary General",
    /// "the agency chief"), preferring the best-matching role, then the latest introduction before
    /// `offset`, then the first after it.
    public func person(matchingRole phrase: String, before offset: Int) -> String? {
        var best: (score: Int, isBefore: Bool, start: Int, name: String)?
        for (mention, canonical) in zip(mentions, canonicalNames) {
            guard let canonical, let role = mention.role, let score = RoleMatcher.score(phrase: phrase, role: role)
            else { continue }
            let isBefore = mention.start < offset
            let candidate = (score: score, isBefore: isBefore, start: mention.start, name: canonical)
            guard let current = best else {
                best = candidate
                continue
            }
            if (candidate.score, candidate.isBefore ? 1 : 0) > (current.score, current.isBefore ? 1 : 0)
                || (candidate.score == current.score && candidate.isBefore == current.isBefore
                    && (isBefore ? candidate.start > current.start : candidate.start < current.start))
            {
                best = candidate
            }
        }
        return best?.name
    }

    private static func fullForm(of mention: EntityMention, at index: Int, in mentions: [EntityMention]) -> String {
        let key = surname(of: mention.name)
        let isFull = { (other: EntityMention) in
            other.kind == .person && other.name.contains(" ") && surname(of: other.name) == key
        }
        if mention.name.contains(" ") { return mention.name }
        if let before = mentions[..<index].last(where: isFull) { return before.name }
        if let after = mentions[(index + 1)...].first(where: isFull) { return after.name }
        return mention.name
    }
}

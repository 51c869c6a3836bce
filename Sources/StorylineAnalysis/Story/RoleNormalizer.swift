/// Compares the roles sources give one person: "NATO Secretary-General", "Secretary General" and
/// "secretary general" are the same role, so are "Dutch prime minister" and "prime minister of the
/// Netherlands"; "chief", "head" and "leader" say too little to disagree.
enum RoleNormalizer {
    private static let generic: Set<String> = [
        "chief", "head", "leader", "official", "boss", "spokesperson", "spokesman", "spokeswoman", "new", "the", "a",
        "an", "of", "then", "current", "top",
    ]

    /// The role reduced for comparison: lowercased, hyphens as spaces, and only title words kept
    /// (names, places, nationalities and acronyms dropped: they qualify the role, they do not change
    /// it); nil when nothing specific is left.
    static func normalized(_ role: String) -> String? {
        let spaced = String(role.map { (character: Character) -> Character in "-‐–".contains(character) ? " " : character })
        let words = spaced.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { $0.lowercased() }
        let specific = words.filter { word in
            !generic.contains(word) && (EntityLexicon.isTitleWord(word) || word == "ex" || word == "former")
        }
        return specific.isEmpty ? nil : specific.joined(separator: " ")
    }

    /// Roles are compatible when one's words contain another's ("prime minister" in "former prime
    /// minister" is not: see `qualifiers`), so only truly different roles disagree.
    static func compatible(_ roles: [String]) -> Bool {
        let sets = roles.map { Set($0.split(separator: " ")) }
        for a in sets {
            for b in sets where !(a.isSubset(of: b) || b.isSubset(of: a)) { return false }
        }
        return true
    }
}

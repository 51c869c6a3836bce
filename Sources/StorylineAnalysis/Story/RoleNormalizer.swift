/// Compares the roles sources give one person in the same statement.
///
/// A person holds several roles at once ("Representative" and "Assistant Democratic Leader";
/// "Texas Governor" and "Mr."), so roles only disagree when they name different offices of one
/// kind: senator against representative, defense minister against foreign minister, president
/// against vice president. Honorifics, generic words ("chief", "leader", "head"), names, places and
/// nationalities are left out, abbreviations are spelled out ("Sen." is "senator"), and a past role
/// ("former", "ex-") is never compared with a present one.
enum RoleNormalizer {
    /// An office: its kind (what it is) and the words that tell offices of that kind apart.
    struct Office: Hashable {
        var kind: String
        var qualifiers: Set<String>
    }

    private static let abbreviations: [String: String] = [
        "sen.": "senator", "sen": "senator", "rep.": "representative", "rep": "representative", "gov.": "governor",
        "gov": "governor", "pres.": "president", "sec.": "secretary", "gen.": "general", "congressman": "representative",
        "congresswoman": "representative", "congressmember": "representative", "lawmaker": "representative",
        "mp": "member of parliament", "premier": "prime minister", "defence": "defense",
    ]
    private static let offices: [String] = [
        "prime minister", "vice president", "secretary general", "senator", "representative", "governor", "mayor",
        "president", "chancellor", "minister", "secretary", "speaker", "ambassador", "judge", "justice", "king",
        "queen", "pope", "general", "admiral", "ceo", "chairman", "director", "commissioner", "attorney general",
    ]
    private static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"]

    /// The office a role names, or nil for honorifics, generic and past roles.
    static func office(of role: String) -> Office? {
        let spaced = String(role.map { (character: Character) -> Character in "-‐–".contains(character) ? " " : character })
        var words = spaced.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { $0.lowercased() }
        if words.contains(where: { ["former", "ex", "then", "late", "outgoing", "elect"].contains($0) }) { return nil }
        words = words.filter { !honorifics.contains($0) }.map { abbreviations[$0] ?? $0 }
        let text = " " + words.joined(separator: " ") + " "
        guard let kind = offices.first(where: { text.contains(" \($0) ") }) else { return nil }
        let kindWords = Set(kind.split(separator: " ").map(String.init))
        let qualifiers = Set(words.filter { !kindWords.contains($0) && EntityLexicon.titleModifiers.contains($0) })
            .subtracting(["new", "top", "current", "acting", "interim", "senior", "state", "national", "federal"])
        return Office(kind: kind, qualifiers: qualifiers)
    }

    /// Roles conflict when they name offices of different kinds among elected and ministerial posts,
    /// or one kind with different qualifiers ("defense" / "foreign" minister).
    static func conflict(_ roles: [String]) -> Bool {
        let found = Set(roles.compactMap(office(of:)))
        for a in found {
            for b in found where a != b {
                if a.kind != b.kind { return true }
                if !a.qualifiers.isEmpty && !b.qualifiers.isEmpty && a.qualifiers.isDisjoint(with: b.qualifiers) { return true }
            }
        }
        return false
    }
}

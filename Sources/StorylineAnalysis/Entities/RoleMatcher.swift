/// Compares a role phrase such as "the new NATO Secretary General" or "the party chief" with the
/// role a person was introduced with.
enum RoleMatcher {
    /// Heads that name the leader of whatever qualifies them ("the NATO chief").
    static let genericHeads: Set<String> = ["chief", "head", "leader", "boss"]
    private static let ignored: Set<String> = ["the", "a", "an", "new", "current", "its", "their", "his", "her", "of"]

    /// The words of a role, folded, with hyphenated titles split ("Secretary-General" → secretary, general).
    static func words(_ role: String) -> [String] {
        var result: [String] = []
        for raw in role.split(whereSeparator: { $0 == " " || $0 == "," }) {
            var word = NameScalars.fold(String(raw))
            if word.hasSuffix("'s") { word.removeLast(2) }
            for part in word.split(separator: "-") where !ignored.contains(String(part)) {
                result.append(part == "ex" ? "former" : String(part))
            }
        }
        return result
    }

    /// Whether a phrase has a title word at all.
    static func isRolePhrase(_ phrase: String) -> Bool {
        words(phrase).contains(where: EntityLexicon.isTitleHead)
    }

    /// How well `phrase` names someone introduced with `role`; `nil` when it cannot.
    static func score(phrase: String, role: String) -> Int? {
        let phraseWords = words(phrase)
        let roleWords = Set(words(role))
        let titles = phraseWords.filter(EntityLexicon.isTitleWord)
        let heads = titles.filter(EntityLexicon.isTitleHead)
        guard !heads.isEmpty else { return nil }
        let qualifiers = phraseWords.filter { !EntityLexicon.isTitleWord($0) }
        let roleQualifiers = roleWords.filter { !EntityLexicon.isTitleWord($0) }
        let missingQualifiers = qualifiers.filter { !roleWords.contains($0) }
        if heads.allSatisfy(genericHeads.contains) {
            // "the NATO chief": the qualifier must be the one the person was introduced with.
            if roleWords.contains(where: genericHeads.contains) && missingQualifiers.isEmpty {
                return 1 + qualifiers.count
            }
            guard !qualifiers.isEmpty, missingQualifiers.isEmpty else { return nil }
            return qualifiers.count
        }
        let specificTitles = titles.filter { !genericHeads.contains($0) && $0 != "former" }
        guard specificTitles.allSatisfy(roleWords.contains) else { return nil }
        if !missingQualifiers.isEmpty && !roleQualifiers.isEmpty { return nil }
        return phraseWords.filter(roleWords.contains).count * 2 - missingQualifiers.count
    }
}

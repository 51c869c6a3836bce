/// A word as the entity recogniser sees it: its spelling, offsets and what separates it from the
/// previous word.
struct NameWord: Sendable, Hashable {
    /// The word as written, without a possessive "'s"; initials and abbreviations keep their full
    /// stop ("U.S.", "J.", "Dr.").
    var text: String
    /// `text` lowercased with apostrophes and hyphens folded.
    var folded: String
    var start: Int
    var end: Int
    /// The word was written with a possessive "'s" (not part of `text`).
    var isPossessive: Bool
    /// Only spaces (no line break, no punctuation) separate this word from the previous one.
    var joinsPrevious: Bool
    /// The word is the first of a sentence, a line, or follows an opening quote, bracket or colon.
    var isSentenceInitial: Bool

    /// Starts with an uppercase letter, or with a lowercase particle and a hyphen before an
    /// uppercase letter ("al-Assad", "ex-President").
    var isCapitalized: Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return false }
        if NameScalars.isUppercase(first) { return true }
        if let hyphen = scalars.firstIndex(where: NameScalars.isHyphen), hyphen + 1 < scalars.count,
            hyphen <= 3
        {
            return NameScalars.isUppercase(scalars[hyphen + 1])
        }
        return false
    }

    /// Two or more letters, all uppercase (digits, hyphens and full stops allowed): "NATO", "U.S.", "G7".
    var isAcronym: Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if NameScalars.isLetter(scalar) {
                guard NameScalars.isUppercase(scalar) else { return false }
                letters += 1
            }
        }
        return letters >= 2
    }
}

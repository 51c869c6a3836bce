/// The trafilatura evaluation's test: which must-have phrases an extraction contains and which
/// must-not-have phrases it wrongly contains.
///
/// A phrase is found when its words appear in the text in order and adjacent, ignoring case, white
/// space and punctuation (so line breaks and typographic quotes in the output do not matter).
public struct PhraseMatch: Sendable, Hashable {
    /// `with` phrases found (true positives).
    public var found = 0
    /// `with` phrases missing (false negatives).
    public var missing = 0
    /// `without` phrases present (false positives).
    public var leaked = 0
    /// `without` phrases correctly absent (true negatives).
    public var excluded = 0

    public init(text: String, with required: [String], without forbidden: [String]) {
        let haystack = Self.normalized(text)
        for phrase in required {
            let needle = Self.normalized(phrase)
            if needle.isEmpty { continue }
            if haystack.contains(needle) { found += 1 } else { missing += 1 }
        }
        for phrase in forbidden {
            let needle = Self.normalized(phrase)
            if needle.isEmpty { continue }
            if haystack.contains(needle) { leaked += 1 } else { excluded += 1 }
        }
    }

    public init() {}

    /// Sums two tallies.
    public static func + (lhs: PhraseMatch, rhs: PhraseMatch) -> PhraseMatch {
        var sum = lhs
        sum.found += rhs.found
        sum.missing += rhs.missing
        sum.leaked += rhs.leaked
        sum.excluded += rhs.excluded
        return sum
    }

    public var precision: Double { found + leaked == 0 ? 0 : Double(found) / Double(found + leaked) }
    public var recall: Double { found + missing == 0 ? 0 : Double(found) / Double(found + missing) }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    /// Share of all phrases judged right (found `with`, absent `without`).
    public var accuracy: Double {
        let total = found + missing + leaked + excluded
        return total == 0 ? 0 : Double(found + excluded) / Double(total)
    }

    /// Lower-cased words joined by single spaces, with a space at both ends so matches are whole words.
    static func normalized(_ text: String) -> String {
        let words = ExtractionTokenizer.words(text)
        guard !words.isEmpty else { return "" }
        return " " + words.map { $0.lowercased() }.joined(separator: " ") + " "
    }
}

import StorylineText

/// The content words just before a date in its clause, which tell which event the date belongs to.
enum EventTerms {
    /// Stems of up to `limit` non-stop words before token `index`, nearest first collected, returned in
    /// text order; stops at the clause start (`clauseStart`) or at a comma, semicolon, colon, bracket,
    /// quotation mark or spaced dash.
    static func terms(_ tokens: [ScalarRun], before index: Int, clauseStart: Int, limit: Int = 6) -> [String] {
        var result: [String] = []
        var position = index - 1
        while position >= clauseStart, result.count < limit {
            let token = tokens[position]
            if token.kind == .symbol {
                if token.isSymbol(in: stops) { break }
                if token.isSymbol(in: ["-", "–", "—"]), token.spaced { break }
            } else if token.kind == .word {
                let word = normalized(token.lower)
                if !word.isEmpty, !StopWords.contains(word), !DateWords.weekdays.keys.contains(word) {
                    result.append(Stemmer.stem(word))
                }
            }
            position -= 1
        }
        return result.reversed()
    }

    /// Folds typographic apostrophes and drops a possessive "'s", as the word tokenizer does.
    private static func normalized(_ word: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in word.unicodeScalars { view.append(scalar == "\u{2019}" ? "'" : scalar) }
        var folded = String(view)
        if folded.hasSuffix("'s") { folded.removeLast(2) }
        return folded
    }

    private static let stops: Set<Unicode.Scalar> = [
        ",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "«", "»", "„", "!", "?",
    ]
}

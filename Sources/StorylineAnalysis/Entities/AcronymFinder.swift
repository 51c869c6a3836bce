/// Finds "Long Name (ACR)" definitions with the Schwartz–Hearst rule: reading both backwards, every
/// letter of the acronym must appear in order in the long form, and its first letter must open a word.
///
/// The long form is searched among at most min(|A| + 5, 2·|A|) words before the parenthesis.
struct AcronymFinder {
    let scalars: [Unicode.Scalar]
    let words: [NameWord]

    func definitions() -> [AcronymDefinition] {
        var result: [AcronymDefinition] = []
        for (index, word) in words.enumerated() where index > 0 && word.isAcronym {
            guard word.start > 0, scalars[word.start - 1] == "(", word.end < scalars.count,
                scalars[word.end] == ")" || (word.text.hasSuffix(".") && scalars[word.end - 1] == ".")
            else { continue }
            let letters = word.text.unicodeScalars.filter { NameScalars.isLetter($0) || NameScalars.isDigit($0) }
            let maxWords = min(letters.count + 5, letters.count * 2)
            let firstCandidate = max(0, index - maxWords)
            // The long form ends right before the parenthesis and may not cross a line break.
            var first = index - 1
            while first > firstCandidate, !containsLineBreak(words[first - 1].end..<words[first].start) { first -= 1 }
            guard let start = longFormStart(letters: Array(letters), from: words[first].start, to: words[index - 1].end)
            else { continue }
            let end = words[index - 1].end
            let expansion = NameScalars.string(scalars, start..<end)
            guard expansion.contains(" "), !expansion.contains(word.text),
                let firstScalar = expansion.unicodeScalars.first, NameScalars.isUppercase(firstScalar)
            else { continue }
            result.append(AcronymDefinition(acronym: word.text, expansion: expansion, start: start, end: end))
        }
        return result
    }

    private func containsLineBreak(_ range: Range<Int>) -> Bool {
        range.contains { NameScalars.isLineBreak(scalars[$0]) }
    }

    /// The offset where the long form starts, or `nil` when the letters cannot be matched.
    private func longFormStart(letters: [Unicode.Scalar], from lower: Int, to upper: Int) -> Int? {
        var short = letters.count - 1
        var long = upper - 1
        while short >= 0 {
            let wanted = Self.lower(letters[short])
            while long >= lower {
                let matches = Self.lower(scalars[long]) == wanted
                let opensWord = long == lower || !NameScalars.isWord(scalars[long - 1])
                if matches && (short > 0 || opensWord) { break }
                long -= 1
            }
            if long < lower { return nil }
            long -= 1
            short -= 1
        }
        return long + 1
    }

    private static func lower(_ scalar: Unicode.Scalar) -> String { String(scalar).lowercased() }
}

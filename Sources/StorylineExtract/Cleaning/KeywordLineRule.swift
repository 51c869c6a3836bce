/// A line of search keywords: many lowercase words, no sentence punctuation, hardly any function words;
/// or a run of hashtags.
enum KeywordLineRule {
    private static let punctuation = Set(".,;:!?\"“”«»()".unicodeScalars)

    static func isKeywordLine(_ line: String) -> Bool {
        // Cheap tests first: most lines are sentences and have punctuation.
        if line.hasPrefix("#") {
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" })
            if tokens.count >= 3, tokens.allSatisfy({ $0.hasPrefix("#") }) { return true }
        }
        guard !line.unicodeScalars.contains(where: { punctuation.contains($0) }) else { return false }
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" })
        guard tokens.count >= 8 else { return false }
        guard tokens.allSatisfy({ token in !(token.first?.isUppercase ?? false) }) else { return false }
        let function = tokens.filter { FunctionWords.all.contains($0.lowercased()) }.count
        return function * 5 < tokens.count
    }
}

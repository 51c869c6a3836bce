/// A line of search keywords: many lowercase words, no sentence punctuation, hardly any function words;
/// or a run of hashtags.
enum KeywordLineRule {
    static func isKeywordLine(_ line: String) -> Bool {
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" })
        if tokens.count >= 3, tokens.allSatisfy({ $0.hasPrefix("#") }) { return true }
        guard tokens.count >= 8, !line.contains(where: { ".,;:!?\"“”«»()".contains($0) }) else { return false }
        guard tokens.allSatisfy({ token in !(token.first?.isUppercase ?? false) }) else { return false }
        let function = tokens.filter { FunctionWords.all.contains($0.lowercased()) }.count
        return function * 5 < tokens.count
    }
}

/// A line of search keywords: many lowercase words, no sentence punctuation, hardly any function words;
/// or a run of hashtags.
enum KeywordLineRule {
    /// `. , ; : ! ? " “ ” « » ( )`, tested with a `switch`: a set lookup per scalar of every line costs
    /// a hash each.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x201C, 0x201D, 0xAB, 0xBB, 0x28, 0x29: true
        default: false
        }
    }

    static func isKeywordLine(_ line: String) -> Bool {
        // Cheap tests first: most lines are sentences and have punctuation.
        if line.hasPrefix("#") {
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" })
            if tokens.count >= 3, tokens.allSatisfy({ $0.hasPrefix("#") }) { return true }
        }
        guard !line.unicodeScalars.contains(where: isPunctuation) else { return false }
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" })
        guard tokens.count >= 8 else { return false }
        guard tokens.allSatisfy({ token in !(token.first?.isUppercase ?? false) }) else { return false }
        let function = tokens.filter { FunctionWords.all.contains($0.lowercased()) }.count
        return function * 5 < tokens.count
    }
}

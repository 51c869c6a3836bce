/// How many letters of each script a text has.
struct ScriptCensus: Sendable {
    /// Letter counts indexed by `WritingScript.rawValue`.
    private(set) var letters: [Int]

    init(_ text: String) {
        var letters = Array(repeating: 0, count: WritingScript.allCases.count)
        for scalar in text.unicodeScalars where scalar.isLetterScalar {
            if let script = WritingScript(letter: scalar) { letters[script.rawValue] += 1 }
        }
        self.letters = letters
    }

    /// The script with most weighted letters (Han and kana together), and its share of all of them.
    func dominantScript() -> (WritingScript, Double)? {
        var weighted = WritingScript.allCases.map { letters[$0.rawValue] * $0.letterWeight }
        let kana = WritingScript.kana.rawValue
        let han = WritingScript.han.rawValue
        // Japanese mixes kana and kanji: they compete together against the other scripts.
        weighted[han] += weighted[kana]
        weighted[kana] = 0
        let total = weighted.reduce(0, +)
        guard total > 0, let top = weighted.indices.max(by: { weighted[$0] < weighted[$1] }),
            let script = WritingScript(rawValue: top)
        else { return nil }
        return (script, Double(weighted[top]) / Double(total))
    }
}

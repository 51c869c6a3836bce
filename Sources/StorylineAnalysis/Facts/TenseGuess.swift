import StorylineText
/// Guesses whether a weekday in a news sentence lies ahead or behind: "will meet on Monday" looks
/// forward, "met on Monday" and "said on Monday" look back.
enum TenseGuess {
    /// Whether the verb that governs the word at `index` is in the future.
    ///
    /// Reads back from `index` to the clause start, then forward when nothing decided ("On Monday, she
    /// will …"), up to eight words each way; the nearest tense marker wins. A participle after "be" ("will
    /// be held") does not count as past. News reports the past, so undecided means past.
    static func isFuture(_ tokens: [ScalarRun], at index: Int, clauseStart: Int, clauseEnd: Int) -> Bool {
        var seen = 0
        var position = index - 1
        while position >= clauseStart, seen < 8 {
            if tokens[position].kind == .word {
                if let future = decide(tokens, position) { return future }
                seen += 1
            }
            position -= 1
        }
        seen = 0
        position = index + 1
        while position < clauseEnd, seen < 8 {
            if tokens[position].kind == .word {
                if let future = decide(tokens, position) { return future }
                seen += 1
            }
            position += 1
        }
        return false
    }

    /// True for a future marker, false for a past one, nil for neither.
    private static func decide(_ tokens: [ScalarRun], _ index: Int) -> Bool? {
        let word = tokens[index].lower
        if DateWords.futureMarkers.contains(word) || word.hasSuffix("'ll") || word.hasSuffix("’ll") { return true }
        let afterBe = index > 0 && ["be", "been", "being"].contains(tokens[index - 1].lower)
        if afterBe { return nil }
        if DateWords.pastMarkers.contains(word) || (word.hasSuffix("ed") && word.count > 4) { return false }
        return nil
    }
}

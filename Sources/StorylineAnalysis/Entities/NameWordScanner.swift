/// Splits a text into ``NameWord``s in one pass over its scalars.
///
/// Apostrophes and hyphens between letters stay inside a word; a full stop stays after an initial,
/// inside an initialism ("U.S.") and after a known abbreviation ("Mr.", "Inc."); a trailing "'s" is
/// cut off and remembered as a possessive.
struct NameWordScanner {
    static func words(in scalars: [Unicode.Scalar], sentenceStarts: Set<Int> = []) -> [NameWord] {
        var result: [NameWord] = []
        var index = 0
        let count = scalars.count
        var previousEnd = 0
        while index < count {
            guard NameScalars.isWord(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < count {
                if NameScalars.isWord(scalars[index]) {
                    index += 1
                } else if index + 1 < count,
                    NameScalars.isApostrophe(scalars[index]) || NameScalars.isHyphen(scalars[index]),
                    NameScalars.isWord(scalars[index + 1])
                {
                    index += 2
                } else {
                    break
                }
            }
            index = extendWithFullStop(scalars, start: start, end: index)
            var end = index
            var isPossessive = false
            if end - start > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
                NameScalars.isApostrophe(scalars[end - 2])
            {
                end -= 2
                isPossessive = true
            }
            let text = NameScalars.string(scalars, start..<end)
            var joins = !result.isEmpty
            var initial = result.isEmpty || sentenceStarts.contains(start)
            for gap in previousEnd..<start {
                let scalar = scalars[gap]
                if NameScalars.isSpace(scalar) {
                    if NameScalars.isLineBreak(scalar) {
                        joins = false
                        initial = true
                    }
                } else {
                    joins = false
                    if EntityLexicon.clauseOpeners.contains(scalar) { initial = true }
                }
            }
            result.append(
                NameWord(
                    text: text, folded: NameScalars.fold(text), start: start, end: end, isPossessive: isPossessive,
                    joinsPrevious: joins, isSentenceInitial: initial))
            previousEnd = index
        }
        return result
    }

    /// Where a word ends once a full stop that belongs to it is included.
    private static func extendWithFullStop(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        guard end < scalars.count, scalars[end] == "." else { return end }
        let length = end - start
        if length == 1, NameScalars.isLetter(scalars[start]) {
            // Initials and initialisms: "J.", "U.S.", "E.U."
            var cursor = end + 1
            while cursor + 1 < scalars.count, NameScalars.isLetter(scalars[cursor]), scalars[cursor + 1] == ".",
                cursor + 2 >= scalars.count || !NameScalars.isWord(scalars[cursor + 2])
            {
                cursor += 2
            }
            return NameScalars.isUppercase(scalars[start]) ? cursor : end
        }
        let word = NameScalars.string(scalars, start..<end).lowercased()
        return EntityLexicon.abbreviations.contains(word) ? end + 1 : end
    }
}

/// The running words and the non-core letters of one script in a text, lowercased and counted.
struct WordEvidence: Sendable {
    /// Word counts. Words are letter runs of the script, split at apostrophes: the part after one is
    /// counted with the apostrophe ("'s", "'da") when it is an English clitic or a short ending after a
    /// longer word (Turkish "Antalya'da"), and plainly after an elided article ("l'homme" → "l", "homme").
    private(set) var words: [String: Int] = [:]
    /// Counts of the letters outside the script's core alphabet.
    private(set) var letters: [Unicode.Scalar: Int] = [:]

    private static let englishClitics: Set<String> = ["s", "t", "ll", "re", "ve", "d", "m"]

    init(_ text: String, script: WritingScript, core: Set<Unicode.Scalar>) {
        let scalars = Array(text.unicodeScalars)
        var word = String.UnicodeScalarView()
        var lengthBeforeApostrophe: Int?  // letters of the word part before an apostrophe, if any
        func finishWord(beforeApostrophe: Bool, atFullStop: Bool = false) {
            guard !word.isEmpty else { return }
            if atFullStop, word.count == 1, lengthBeforeApostrophe == nil {
                word = String.UnicodeScalarView()  // an initial ("U.S.", "J. Smith"), not a one-letter word
                return
            }
            var token = String(word)
            if let left = lengthBeforeApostrophe {
                let length = word.count
                if Self.englishClitics.contains(token) || (left >= 3 && length <= 4) { token = "'" + token }
            }
            words[token, default: 0] += 1
            lengthBeforeApostrophe = beforeApostrophe ? word.count : nil
            word = String.UnicodeScalarView()
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar.isLetterScalar, WritingScript(letter: scalar) == script {
                let lower = Self.lowercase(scalar)
                word.append(lower)
                if !core.contains(lower) { letters[lower, default: 0] += 1 }
            } else if !word.isEmpty, Self.isMark(scalar) {
                word.append(scalar)  // combining marks (Arabic harakat, decomposed accents)
            } else {
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                let isInnerApostrophe = !word.isEmpty && scalar.isWordApostrophe && next.isLetterScalar
                finishWord(beforeApostrophe: isInnerApostrophe, atFullStop: scalar == ".")
            }
        }
        finishWord(beforeApostrophe: false)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        let category = scalar.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark
    }

    /// The simple lowercase mapping of a letter; the Turkish dotted capital İ becomes a plain i.
    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar }
        if v == 0x130 { return "i" }
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first ?? scalar : scalar
    }
}

/// Punctuation classes and the single-line-break rule of the sentence splitter.
extension SentenceSplitter {
    /// Punctuation that can end a sentence.
    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x203D, 0x2047, 0x2048, 0x2049, 0x061F, 0x06D4, 0x0964, 0x0965:
            return true
        default:
            return isCJKTerminal(scalar)
        }
    }

    /// Full-width terminal punctuation: ends a sentence even without a following space.
    static func isCJKTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF61, 0xFE12, 0xFE52, 0xFE56, 0xFE57:
            return true
        default:
            return false
        }
    }

    /// Closing quotes and brackets that stay with the sentence they follow.
    /// German closes with “ and ‘, so those count as closers too.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0x201C, 0x2018, 0xBB, 0xAB, 0x203A, 0x2039,
            0x300D, 0x300F, 0xFF09, 0x3015, 0x3011, 0x300B, 0x3009, 0xFF3D, 0xFF63:
            return true
        default:
            return false
        }
    }

    /// Whether a single line break at `lineEnd` ends the sentence, given the next line starts at `nextLine`.
    static func lineBreakEndsSentence(_ scalars: [Unicode.Scalar], at lineEnd: Int, nextLine: Int) -> Bool {
        var last = lineEnd
        while last > 0, scalars[last - 1].isSpaceScalar { last -= 1 }
        guard last > 0 else { return false }
        var beforeClosers = last
        while beforeClosers > 0, isCloser(scalars[beforeClosers - 1]) { beforeClosers -= 1 }
        // Terminal punctuation was already decided with the next line in view, exactly as for a space.
        if beforeClosers > 0, isTerminal(scalars[beforeClosers - 1]) { return false }
        let lastScalar = scalars[last - 1]
        if lastScalar == "," || lastScalar == ";" || lastScalar == ":" || lastScalar.isDashVariant
            || lastScalar == "(" || lastScalar == "[" || lastScalar == "„" || lastScalar == "«"
        {
            return false
        }
        let next = scalars[nextLine]
        if next.isLowercaseLetter { return false }
        let lastWord = token(endingBefore: last, in: scalars)?.token ?? ""
        if continuingWords.contains(lastWord) { return false }
        if next.isDigitScalar {
            // "published on\n14 October" continues; "Results 2020\n14 teams …" is a headline.
            let startsLowercase = lastWord.unicodeScalars.first?.isLowercaseLetter ?? false
            return !startsLowercase && !monthNames.contains(lastWord.lowercased())
        }
        if next.isLetterScalar { return true }  // capital, or a script without case (headline)
        if isBullet(next) { return true }
        let category = next.properties.generalCategory
        return category == .initialPunctuation || category == .openPunctuation || next == "\"" || next == "'"
            || next == "¿" || next == "¡"
    }

    /// List bullets that start a new item on a new line.
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2022, 0x2023, 0x25E6, 0x2043, 0x2219, 0x25AA, 0x25CF, 0x2D, 0x2A, 0x2013, 0x2014, 0xB7, 0x25BA:
            return true
        default:
            return false
        }
    }
}

import StorylineCore

/// Splits text into sentences.
///
/// A sentence ends at terminal punctuation (. ! ? … and the CJK 。！？, Arabic ؟ and ۔, Devanagari ।)
/// followed by white space and something that can open a sentence; closing quotes and brackets right
/// after the punctuation belong to the sentence. A full stop after an abbreviation (Mr., Oct. 14,
/// z. B., e.g.), an initial (J. R. R. Tolkien), an ordinal before a month (15. Oktober) or before a
/// lowercase word does not end one.
///
/// Line breaks: a blank line (paragraph break) always ends a sentence. A single line break is decided
/// like a space when it follows terminal punctuation ("Oct.\n14" continues); after a line without
/// terminal punctuation it ends the sentence when the next line opens with a capital, a quote or a
/// bullet (headlines), unless the line ends with a comma, a hyphen or a function word ("the").
///
/// Offsets are in Unicode scalars of the input, end exclusive; every span is trimmed, so `start` and
/// `end - 1` point at non-space scalars and `text` is exactly the scalars in `start..<end`.
///
/// ```swift
/// SentenceSplitter().sentences(in: "Mr. Smith left on Oct. 14. He returned.").map(\.text)
/// // ["Mr. Smith left on Oct. 14.", "He returned."]
/// ```
public struct SentenceSplitter: Sendable, Hashable {
    /// Creates a sentence splitter.
    public init() {}

    /// The sentences of `text`, with offsets in Unicode scalars, in order. Complexity: O(n).
    public func sentences(in text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        var result: [TextSpan] = []
        var sentenceStart: Int?

        func close(at end: Int) {
            guard let start = sentenceStart else { return }
            var last = end
            while last > start && scalars[last - 1].isSpaceScalar { last -= 1 }
            if last > start {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<last])
                result.append(TextSpan(text: String(view), start: start, end: last))
            }
            sentenceStart = nil
        }

        var index = 0
        while index < count {
            let scalar = scalars[index]
            if scalar.isLineBreak {
                let (next, breaks) = Self.skipSpace(scalars, from: index)
                if sentenceStart != nil,
                    breaks >= 2 || next == count || Self.lineBreakEndsSentence(scalars, at: index, nextLine: next)
                {
                    close(at: index)
                }
                index = next
                continue
            }
            if sentenceStart == nil {
                if scalar.isSpaceScalar {
                    index += 1
                    continue
                }
                sentenceStart = index
            }
            if Self.isTerminal(scalar) {
                let runEnd = Self.endOfTerminalRun(scalars, from: index)
                if Self.isSentenceEnd(scalars, runStart: index, runEnd: runEnd) { close(at: runEnd) }
                index = runEnd
                continue
            }
            index += 1
        }
        close(at: count)
        return result
    }

    /// The index after the white space starting at `index`, and how many line breaks it holds
    /// (CR LF counts once; a paragraph separator counts as a blank line).
    static func skipSpace(_ scalars: [Unicode.Scalar], from index: Int) -> (next: Int, lineBreaks: Int) {
        var next = index
        var breaks = 0
        while next < scalars.count, scalars[next].isSpaceScalar {
            let scalar = scalars[next]
            if scalar.value == 0x2029 {
                breaks += 2
            } else if scalar.isLineBreak, !(scalar == "\n" && next > 0 && scalars[next - 1] == "\r") {
                breaks += 1
            }
            next += 1
        }
        return (next, breaks)
    }

    /// The end of the terminal punctuation at `index` with the closing quotes and brackets after it,
    /// including a French closing guillemet set off by a space ("… parti. »").
    static func endOfTerminalRun(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var end = index
        while end < scalars.count, isTerminal(scalars[end]) || isCloser(scalars[end]) { end += 1 }
        var probe = end
        while probe < scalars.count, scalars[probe].isSpaceScalar, !scalars[probe].isLineBreak { probe += 1 }
        if probe > end, probe < scalars.count, scalars[probe] == "»" || scalars[probe] == "›" {
            let after = probe + 1
            if after == scalars.count || !scalars[after].isWordScalar { return endOfTerminalRun(scalars, from: after) }
        }
        return end
    }

    /// Whether the terminal punctuation in `runStart..<runEnd` ends the sentence.
    static func isSentenceEnd(_ scalars: [Unicode.Scalar], runStart: Int, runEnd: Int) -> Bool {
        let run = scalars[runStart..<runEnd]
        if run.contains(where: isCJKTerminal) { return true }
        guard runEnd < scalars.count else { return true }
        guard scalars[runEnd].isSpaceScalar else { return false }  // "U.S", "1.5", "example.com"
        let (nextIndex, _) = skipSpace(scalars, from: runEnd)
        guard nextIndex < scalars.count else { return true }
        let next = scalars[nextIndex]
        if next.isLowercaseLetter || next == "," || next == ";" || next == ":" { return false }
        let periods = run.lazy.filter { $0 == "." }.count
        guard periods == 1, run.allSatisfy({ $0 == "." || isCloser($0) }) else { return true }
        guard scalars[runStart] == "." else { return true }  // a closer came first: "(see above)."
        return fullStopEndsSentence(scalars, at: runStart, nextIndex: nextIndex)
    }

    /// Decides a single full stop followed by space and a non-lowercase scalar at `nextIndex`.
    static func fullStopEndsSentence(_ scalars: [Unicode.Scalar], at stop: Int, nextIndex: Int) -> Bool {
        guard let word = token(endingBefore: stop, in: scalars), let last = word.token.unicodeScalars.last,
            last.isWordScalar
        else { return true }
        let next = scalars[nextIndex]
        let nextWord = letters(startingAt: nextIndex, in: scalars)
        let previous = token(endingBefore: word.start, in: scalars)

        if word.token.unicodeScalars.allSatisfy(\.isDigitScalar) {
            if monthNames.contains(nextWord.lowercased()) { return false }
            if word.token.unicodeScalars.count <= 2, let previous,
                ordinalPrecursors.contains(previous.token.lowercased())
            {
                return false
            }
            return true
        }
        let following = nextIndex + nextWord.unicodeScalars.count
        if word.token.unicodeScalars.count == 1, following < scalars.count, scalars[following] == ".",
            abbreviations[(word.token + "." + nextWord).lowercased()] != nil
        {
            return false  // the first half of "z. B.", "d. h."
        }
        if let kind = abbreviationKind(of: word.token, previous: previous?.token) {
            switch kind {
            case .neverFinal: return false
            case .beforeNumber: return !next.isDigitScalar
            case .mayBeFinal: return true
            }
        }
        let scalarsOfWord = word.token.unicodeScalars
        let isInitial = scalarsOfWord.count == 1 && scalarsOfWord.first?.isUppercaseLetter == true
        let isInitialism =
            word.token.contains(".")
            && word.token.split(separator: ".").allSatisfy { $0.unicodeScalars.count <= 3 }
        if isInitial || isInitialism {
            // "J. R. R. Tolkien", "U.S. President": only a typical sentence opener or a quote confirms an end.
            return sentenceOpeners.contains(nextWord) || (!next.isWordScalar && !next.isDigitScalar)
        }
        return true
    }

    /// The kind of abbreviation `token` is, also trying it joined to a previous one-letter
    /// abbreviation ("z. B." looks up "z.b").
    static func abbreviationKind(of token: String, previous: String?) -> AbbreviationKind? {
        if let previous, previous.hasSuffix("."), previous.unicodeScalars.count <= 3 {
            let joined = (previous + token).lowercased()
            if let kind = abbreviations[joined] { return kind }
        }
        if let kind = abbreviations[token] { return kind }
        let isSingleCapital = token.unicodeScalars.count == 1 && token.unicodeScalars.first?.isUppercaseLetter == true
        guard !isSingleCapital else { return nil }  // "George W. Bush": W is an initial, not Polish "w."
        let lowered = token.lowercased()
        guard lowered != token, let kind = abbreviations[lowered] else { return nil }
        return kind
    }

    /// The white-space-delimited token that ends right before `end`, without leading quotes and brackets.
    static func token(endingBefore end: Int, in scalars: [Unicode.Scalar]) -> (token: String, start: Int)? {
        var last = end
        while last > 0, scalars[last - 1].isSpaceScalar { last -= 1 }
        var first = last
        while first > 0, !scalars[first - 1].isSpaceScalar { first -= 1 }
        while first < last, !scalars[first].isWordScalar { first += 1 }
        guard first < last else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first..<last])
        return (String(view), first)
    }

    /// The run of letters starting at `index` ("" when it is not a letter).
    static func letters(startingAt index: Int, in scalars: [Unicode.Scalar]) -> String {
        var end = index
        while end < scalars.count, scalars[end].isWordScalar || scalars[end].isWordApostrophe { end += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[index..<end])
        return String(view)
    }
}

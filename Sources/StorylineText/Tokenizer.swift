import Foundation
import StorylineCore

/// Splits text into word tokens.
///
/// A token is a run of letters, combining marks and digits; an apostrophe or hyphen between two
/// word characters stays inside ("what's", "NATO-Russia", "l’homme"), and so does a `.` or `,`
/// between two digits ("1.5", "3,000"). Han ideographs are one token each; a run of kana is one token.
/// Punctuation and symbols are never tokens.
///
/// Walks the Unicode scalars once, without regular expressions: it feeds the MinHash shingler and
/// must keep up with tens of thousands of articles a second.
///
/// ```swift
/// Tokenizer().words(in: "NATO-Russia talks: what’s next?")  // ["nato-russia", "talks", "what's", "next"]
/// ```
public struct Tokenizer: Sendable, Hashable {
    /// Creates a tokenizer.
    public init() {}

    /// The word tokens of `text` as written, with offsets in Unicode scalars (end exclusive).
    /// Complexity: O(n) in the number of scalars.
    public func tokens(in text: String) -> [TextSpan] {
        var result: [TextSpan] = []
        let scalars = text.unicodeScalars
        scanTokens(text) { range, start, end in
            result.append(TextSpan(text: String(scalars[range]), start: start, end: end))
        }
        return result
    }

    /// The word tokens of `text`, lowercased, with apostrophes folded to `'`, hyphens to `-` and
    /// compatibility forms (full-width letters, ligatures, decomposed accents) composed by NFKC.
    /// Diacritics are kept: "Müller" gives "müller".
    public func words(in text: String) -> [String] {
        var result: [String] = []
        let scalars = text.unicodeScalars
        scanTokens(text) { range, _, _ in
            result.append(Self.normalizedWord(scalars[range]))
        }
        return result
    }

    /// Calls `body` with the scalar range and the scalar offsets of each token, in order.
    func scanTokens(
        _ text: String,
        _ body: (Range<String.UnicodeScalarView.Index>, Int, Int) -> Void
    ) {
        let scalars = text.unicodeScalars
        let end = scalars.endIndex
        var index = scalars.startIndex
        var offset = 0
        while index < end {
            let first = scalars[index]
            guard first.isWordScalar, first.isLetterScalar || first.isDigitScalar else {
                index = scalars.index(after: index)
                offset += 1
                continue
            }
            let startIndex = index
            let startOffset = offset
            index = scalars.index(after: index)
            offset += 1
            if first.isHan {
                body(startIndex..<index, startOffset, offset)
                continue
            }
            let isKanaRun = first.isKana
            let isKatakanaRun = first.isKatakana
            var previous = first
            while index < end {
                let scalar = scalars[index]
                if scalar.isHan { break }
                if isKanaRun || scalar.isKana {
                    // Hiragana, katakana and other runs never merge; the prolonged sound mark ー joins both.
                    let continuesRun =
                        scalar.value == 0x30FC || scalar.properties.generalCategory == .nonspacingMark
                        || (scalar.isKana && scalar.isKatakana == isKatakanaRun)
                    guard isKanaRun, continuesRun else { break }
                    index = scalars.index(after: index)
                    offset += 1
                    continue
                }
                if scalar.isWordScalar {
                    previous = scalar
                    index = scalars.index(after: index)
                    offset += 1
                    continue
                }
                let nextIndex = scalars.index(after: index)
                guard nextIndex < end else { break }
                let next = scalars[nextIndex]
                let joinsWords =
                    (scalar.isWordApostrophe || scalar.isWordHyphen) && next.isWordScalar && !next.isHan
                    && !next.isKana
                let joinsDigits = (scalar == "." || scalar == ",") && previous.isDigitScalar && next.isDigitScalar
                guard joinsWords || joinsDigits else { break }
                previous = next
                index = scalars.index(after: nextIndex)
                offset += 2
            }
            body(startIndex..<index, startOffset, offset)
        }
    }

    /// Lowercases and folds one token; ASCII tokens take a fast path without Foundation.
    static func normalizedWord(_ token: Substring.UnicodeScalarView) -> String {
        var view = String.UnicodeScalarView()
        var needsUnicodeLowercasing = false
        var needsCompatibilityMapping = false
        for scalar in token {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A {
                    view.append(Unicode.Scalar(UInt8(v + 0x20)))
                } else {
                    view.append(scalar)
                }
                continue
            }
            if scalar.isWordApostrophe {
                view.append("'")
            } else if scalar.isWordHyphen {
                view.append("-")
            } else if v == 0x0130 {
                // Turkish dotted capital I: plain lowercasing would leave a combining dot behind.
                view.append("i")
            } else {
                needsUnicodeLowercasing = true
                if (v >= 0xFB00 && v <= 0xFB4F) || (v >= 0xFF00 && v <= 0xFFEF)
                    || scalar.properties.generalCategory == .nonspacingMark
                {
                    needsCompatibilityMapping = true
                }
                view.append(scalar)
            }
        }
        var word = String(view)
        if needsCompatibilityMapping { word = word.precomposedStringWithCompatibilityMapping }
        if needsUnicodeLowercasing { word = word.lowercased() }
        if needsCompatibilityMapping { word = word.precomposedStringWithCanonicalMapping }
        return word
    }
}

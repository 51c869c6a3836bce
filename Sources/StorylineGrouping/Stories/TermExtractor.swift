import StorylineCore
import StorylineText

/// Extracts the terms of an article for story clustering: lower-cased, stop words dropped, lightly
/// stemmed; capitalised words inside sentences count as names; numbers are kept.
public struct TermExtractor: Sendable {
    public var titleWeight: Float = 3
    public var leadWeight: Float = 2
    public var nameWeight: Float = 2
    public var numberWeight: Float = 1.5
    /// How many words of the body count as its lead.
    public var leadWords = 60

    public init() {}

    /// Working state while one article is read.
    private struct Accumulator {
        var frequencies = TermTable<Float>(zero: 0, capacity: 256)
        var names = TermTable<Bool>(zero: false, capacity: 64)
        var display: [UInt32: String]?
    }

    /// The terms of an article; `display` keeps a readable form of each term (for evidence).
    public func terms(title: String?, text: String, display: Bool = false) -> ArticleTerms {
        var result = Accumulator(display: display ? [:] : nil)
        if let title { add(title, baseWeight: titleWeight, leadWords: 0, into: &result) }
        add(text, baseWeight: 1, leadWords: leadWords, into: &result)
        // Straight from the tables to the sorted compact form (what `ArticleTerms(frequencies:names:display:)`
        // builds), without a dictionary and a set in between.
        var weighted: [(term: UInt32, frequency: Float)] = []
        weighted.reserveCapacity(result.frequencies.count)
        result.frequencies.forEach { weighted.append(($0, $1)) }
        weighted.sort { $0.term < $1.term }
        let codes = weighted.map { ArticleTerms.code(frequency: $0.frequency, isName: result.names[$0.term]) }
        return ArticleTerms(terms: weighted.map(\.term), codes: codes, display: result.display)
    }

    private func add(_ text: String, baseWeight: Float, leadWords: Int, into result: inout Accumulator) {
        // Words are slices of the text (no per-scalar string building): letters and digits, with an
        // apostrophe or hyphen kept between two of them. The scan decodes the UTF-8 bytes itself;
        // walking string indices validates every step.
        var utf8 = text
        utf8.withUTF8 { bytes in
            var sentenceStart = true
            var position = 0
            var wordStart: Int?
            func addWord(_ range: Range<Int>) {
                let utf8 = text.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                let end = utf8.index(start, offsetBy: range.count)
                self.addWord(text[start..<end], sentenceStart: sentenceStart, position: &position,
                             baseWeight: baseWeight, leadWords: leadWords, into: &result)
            }
            var index = 0
            while index < bytes.count {
                let (value, next) = ValidUTF8.scalar(in: bytes, at: index)
                if ScalarWordClasses.isWordValue(value) {
                    if wordStart == nil { wordStart = index }
                } else if wordStart != nil, value == 0x27 || value == 0x2019 || value == 0x2D,
                    next < bytes.count, ScalarWordClasses.isWordValue(ValidUTF8.scalar(in: bytes, at: next).value)
                {
                    // Inside a word: "what's", "NATO-Russia".
                } else {
                    if let start = wordStart {
                        addWord(start..<index)
                        sentenceStart = false
                        wordStart = nil
                    }
                    switch value {
                    // . ! ? newline : " “ « „
                    case 0x2E, 0x21, 0x3F, 0x0A, 0x3A, 0x22, 0x201C, 0xAB, 0x201E: sentenceStart = true
                    default: break
                    }
                }
                index = next
            }
            if let start = wordStart { addWord(start..<bytes.count) }
        }
    }

    private func addWord(
        _ word: Substring, sentenceStart: Bool, position: inout Int, baseWeight: Float, leadWords: Int,
        into result: inout Accumulator
    ) {
        position += 1
        if result.display == nil {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                addASCIIWord(word.utf8, sentenceStart: sentenceStart, position: position, baseWeight: baseWeight,
                             leadWords: leadWords, into: &result)
                return
            }
            // "Trump’s": ASCII once the typographic apostrophe is straightened, as the general path does.
            if let straightened = Self.straightenedASCII(word.utf8) {
                addASCIIWord(straightened, sentenceStart: sentenceStart, position: position, baseWeight: baseWeight,
                             leadWords: leadWords, into: &result)
                return
            }
        }
        // Straightening "’" scalar by scalar: Foundation's `replacingOccurrences` is slow on Linux.
        let raw = word.unicodeScalars.contains("’")
            ? String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "’" ? "'" : $0 })) : String(word)
        let lower = Self.lowercased(raw)
        guard lower.utf8.count >= 2 || (lower.unicodeScalars.first?.value ?? 0) >= 0x3000, !StopWords.contains(lower)
        else { return }
        let firstScalar = raw.unicodeScalars.first!
        let isNumber = raw.unicodeScalars.allSatisfy(ScalarWordClasses.isNumeric)
        let isUpper = firstScalar.value < 0x80 ? (firstScalar.value >= 0x41 && firstScalar.value <= 0x5A) : firstScalar.properties.isUppercase
        let isName = !isNumber && !sentenceStart && isUpper
        let stem = isNumber || isName ? lower : Stemmer.stem(lower)
        let hash = TermExtractor.hash(stem)
        var weight = position <= leadWords ? max(baseWeight, leadWeight) : baseWeight
        if isName {
            weight *= nameWeight
        } else if isNumber {
            weight *= numberWeight
        }
        result.frequencies.update(hash) { $0 += weight }
        if isName { result.names.set(hash, true) }
        // Show a name as written, other terms as their first word form (not the stem).
        if result.display != nil, isName || result.display?[hash] == nil { result.display?[hash] = isName ? raw : lower }
    }

    /// The same as the general path for a word of ASCII bytes, without building strings: lower-case,
    /// stop-word test, stem and term hash all work on the bytes (the hashes are identical).
    private func addASCIIWord<Bytes: Collection<UInt8>>(
        _ word: Bytes, sentenceStart: Bool, position: Int, baseWeight: Float, leadWords: Int,
        into result: inout Accumulator
    ) {
        let count = word.count
        guard count >= 2 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { lower in
            var allDigits = true
            var index = 0
            for byte in word {
                lower[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if byte < 0x30 || byte > 0x39 { allDigits = false }
                index += 1
            }
            let lowered = UnsafeBufferPointer(rebasing: lower[0..<count])
            guard !Self.stopWordHashes.contains(Self.hash(lowered)) else { return }
            let first = word[word.startIndex]
            let isName = !allDigits && !sentenceStart && first >= 0x41 && first <= 0x5A
            let length = allDigits || isName ? count : Stemmer.stemLength(utf8: lowered)
            let hash = Self.hash(UnsafeBufferPointer(rebasing: lower[0..<length]))
            var weight = position <= leadWords ? max(baseWeight, leadWeight) : baseWeight
            if isName {
                weight *= nameWeight
                result.names.set(hash, true)
            } else if allDigits {
                weight *= numberWeight
            }
            result.frequencies.update(hash) { $0 += weight }
        }
    }

    /// The bytes of a word that is ASCII but for typographic apostrophes (U+2019, E2 80 99), with
    /// those as "'"; nil for any other non-ASCII word.
    private static func straightenedASCII(_ word: Substring.UTF8View) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        var index = word.startIndex
        while index != word.endIndex {
            let byte = word[index]
            if byte < 0x80 {
                bytes.append(byte)
                index = word.index(after: index)
                continue
            }
            let second = word.index(after: index)
            guard byte == 0xE2, second != word.endIndex, word[second] == 0x80 else { return nil }
            let third = word.index(after: second)
            guard third != word.endIndex, word[third] == 0x99 else { return nil }
            bytes.append(0x27)
            index = word.index(after: third)
        }
        return bytes
    }

    /// Hashes of the stop words, as ``hash(_:)`` computes them.
    private static let stopWordHashes: TermTable<Bool> = {
        var table = TermTable<Bool>(zero: false, capacity: StopWords.words.count)
        for word in StopWords.words { table.set(hash(word), true) }
        return table
    }()

    /// ``hash(_:)`` of UTF-8 bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(truncatingIfNeeded: ShingleHasher.mix(ArticleIdentity.fnv1a64(bytes: bytes)) >> 32)
    }

    /// Lower-cases ASCII bytes directly; other text scalar by scalar (as the standard library does).
    private static func lowercased(_ word: String) -> String {
        var utf8 = word
        let ascii = utf8.withUTF8 { bytes in
            bytes.allSatisfy({ $0 < 0x80 })
                ? String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) : nil
        }
        return ascii ?? ScalarWordClasses.lowercasedString(word)
    }

    /// A stable 32-bit hash of a term (FNV-1a over UTF-8, then mixed).
    public static func hash(_ term: String) -> UInt32 {
        UInt32(truncatingIfNeeded: ShingleHasher.mix(ArticleIdentity.fnv1a64(term)) >> 32)
    }
}


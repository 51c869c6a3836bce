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
        var frequencies: [UInt32: Float] = [:]
        var names: Set<UInt32> = []
        var display: [UInt32: String]?
    }

    /// The terms of an article; `display` keeps a readable form of each term (for evidence).
    public func terms(title: String?, text: String, display: Bool = false) -> ArticleTerms {
        var result = Accumulator(display: display ? [:] : nil)
        if let title { add(title, baseWeight: titleWeight, leadWords: 0, into: &result) }
        add(text, baseWeight: 1, leadWords: leadWords, into: &result)
        return ArticleTerms(frequencies: result.frequencies, names: result.names, display: result.display)
    }

    private func add(_ text: String, baseWeight: Float, leadWords: Int, into result: inout Accumulator) {
        var word = String.UnicodeScalarView()
        var sentenceStart = true
        var position = 0
        func finish() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return }
            let raw = String(word)
            let lower = raw.lowercased()
            let startsSentence = sentenceStart
            sentenceStart = false
            position += 1
            guard lower.unicodeScalars.count >= 2 || lower.unicodeScalars.first.map({ $0.value >= 0x3000 }) == true,
                !StopWords.contains(lower)
            else { return }
            let isNumber = raw.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
            let isName = !isNumber && !startsSentence && (raw.unicodeScalars.first?.properties.isUppercase ?? false)
            let stem = isNumber || isName ? lower : Stemmer.stem(lower)
            let hash = TermExtractor.hash(stem)
            var weight = position <= leadWords ? max(baseWeight, leadWeight) : baseWeight
            if isName {
                weight *= nameWeight
                result.names.insert(hash)
            } else if isNumber {
                weight *= numberWeight
            }
            result.frequencies[hash, default: 0] += weight
            // Show a name as written, other terms as their first word form (not the stem).
            if result.display != nil, isName || result.display?[hash] == nil { result.display?[hash] = isName ? raw : lower }
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                word.append(scalar)
            } else if (scalar == "'" || scalar == "’" || scalar == "-") && !word.isEmpty {
                word.append(scalar == "’" ? "'" : scalar)
            } else {
                while let last = word.last, last == "'" || last == "-" { word.removeLast() }
                finish()
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" || scalar == ":" || scalar == "\""
                    || scalar == "“" || scalar == "«" || scalar == "„"
                {
                    sentenceStart = true
                }
            }
        }
        finish()
    }

    /// A stable 32-bit hash of a term (FNV-1a over UTF-8, then mixed).
    public static func hash(_ term: String) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return UInt32(truncatingIfNeeded: ShingleHasher.mix(hash) >> 32)
    }
}


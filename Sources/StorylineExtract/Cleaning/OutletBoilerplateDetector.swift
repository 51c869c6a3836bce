import StorylineCore
import StorylineText

/// Finds sentences and lines that one outlet repeats across its articles ("UNN reports with reference
/// to …", a standing sign-off) and marks them as `.outletBoilerplate`.
///
/// Drafts are grouped by ``DocumentDraft/outlet`` (drafts without one are left alone). Sentences are
/// normalised (lowercase, white space collapsed, digit runs folded to "0") and counted once per
/// article; one that appears in at least ``minArticles`` of an outlet's articles — and, for outlets
/// with many articles, in at least ``minShare`` of them — is boilerplate. Articles with the same
/// headline count once, and an article where repeated sentences would make up most of the text is a
/// copy of another rather than a carrier of boilerplate, so it is left alone.
///
/// Complexity: O(total text) plus sorting per article.
public struct OutletBoilerplateDetector: Sendable {
    /// Least number of articles of one outlet that must carry a sentence.
    public var minArticles: Int
    /// Least share of an outlet's articles that must carry a sentence, once the outlet has `manyArticles`.
    public var minShare: Double
    /// From how many articles on `minShare` applies.
    public var manyArticles: Int
    /// Sentences with fewer words are never counted.
    public var minWords: Int

    /// Creates a detector.
    public init(minArticles: Int = 3, minShare: Double = 0.3, manyArticles: Int = 10, minWords: Int = 5) {
        self.minArticles = minArticles
        self.minShare = minShare
        self.manyArticles = manyArticles
        self.minWords = minWords
    }

    /// Marks the sentences and lines each outlet repeats, in every draft of the batch.
    public func markRepeated(in drafts: inout [DocumentDraft]) {
        let needed = draftsToExamine(drafts)
        var units: [Int: SentenceUnits] = [:]
        for index in needed { units[index] = self.units(of: drafts[index]) }
        markRepeated(in: &drafts, units: units)
    }

    /// The drafts whose outlet has enough articles in the batch to be examined.
    public func draftsToExamine(_ drafts: [DocumentDraft]) -> [Int] {
        byOutlet(drafts).values.filter { $0.count >= minArticles }.flatMap { $0 }.sorted()
    }

    /// Marks repeated sentences using units already computed (by ``units(of:)``, possibly in parallel)
    /// for every draft that ``draftsToExamine(_:)`` named.
    public func markRepeated(in drafts: inout [DocumentDraft], units unitsByDraft: [Int: SentenceUnits]) {
        for indices in byOutlet(drafts).values where indices.count >= minArticles {
            let units = indices.map { unitsByDraft[$0]?.units ?? self.units(of: drafts[$0]).units }
            // Articles with the same headline count once: number the distinct headlines, so the
            // support sets hold small integers rather than strings (hashed per unit otherwise).
            var articleNumbers: [String: Int32] = [:]
            let articleKeys = indices.map { index in
                let key = drafts[index].title.map(TextShape.normalized) ?? "#\(index)"
                if let number = articleNumbers[key] { return number }
                let number = Int32(articleNumbers.count)
                articleNumbers[key] = number
                return number
            }
            let distinctArticles = articleNumbers.count
            var threshold = minArticles
            if distinctArticles >= manyArticles {
                threshold = max(threshold, Int((minShare * Double(distinctArticles)).rounded(.up)))
            }
            let repeated = Self.keys(units: units, articles: articleKeys, threshold: threshold)
            guard !repeated.isEmpty else { continue }
            for (position, index) in indices.enumerated() {
                let hits = units[position].filter { repeated.contains($0.key) }
                let distinctUnits = Set(units[position].map(\.key)).count
                guard !hits.isEmpty, Set(hits.map(\.key)).count * 2 <= distinctUnits else { continue }
                var collector = RemovalCollector(text: drafts[index].original, existing: drafts[index].removals)
                for hit in hits { collector.add(hit.start, hit.end, reason: .outletBoilerplate) }
                drafts[index].removals = collector.removals
            }
        }
    }

    /// The unit keys carried by at least `threshold` distinct articles (`articles[i]` numbers the
    /// article of `units[i]`). Sorting (key, article) pairs and counting runs costs far less than a
    /// set of articles per key: this runs on one core between batches.
    private static func keys(units: [[Unit]], articles: [Int32], threshold: Int) -> Set<UInt64> {
        var pairs: [(key: UInt64, article: Int32)] = []
        pairs.reserveCapacity(units.reduce(0) { $0 + $1.count })
        for (position, list) in units.enumerated() {
            for unit in list { pairs.append((unit.key, articles[position])) }
        }
        pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.article < $1.article }
        var repeated: Set<UInt64> = []
        var index = 0
        while index < pairs.count {
            let key = pairs[index].key
            var distinct = 0
            var previous: Int32 = -1
            while index < pairs.count && pairs[index].key == key {
                if pairs[index].article != previous { distinct += 1 }
                previous = pairs[index].article
                index += 1
            }
            if distinct >= threshold { repeated.insert(key) }
        }
        return repeated
    }

    private func byOutlet(_ drafts: [DocumentDraft]) -> [String: [Int]] {
        var byOutlet: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            guard let outlet = draft.outlet?.trimmingWhitespace().lowercased(), !outlet.isEmpty else { continue }
            byOutlet[outlet, default: []].append(index)
        }
        return byOutlet
    }

    /// The normalised sentences and lines of one draft, with their offsets: what the detector counts.
    public struct SentenceUnits: Sendable {
        fileprivate var units: [Unit]
    }

    /// The units of one draft; independent of other drafts, so callers may compute them in parallel.
    public func units(of draft: DocumentDraft) -> SentenceUnits {
        SentenceUnits(units: unitList(of: draft))
    }

    fileprivate struct Unit: Sendable {
        var key: UInt64
        var start: Int
        var end: Int
    }

    /// Lines and the sentences within them, as normalised keys with their offsets.
    private func unitList(of draft: DocumentDraft) -> [Unit] {
        var result: [Unit] = []
        for line in TextLine.lines(of: draft.original) {
            // Integer offsets into an array of scalars: string index arithmetic validates every step.
            let scalars = Array(line.text.unicodeScalars)
            if let key = key(for: scalars[...]) { result.append(Unit(key: key, start: line.start, end: line.end)) }
            // The simple line splitter is enough here: the same sentence is split the same way in
            // every article that repeats it, and it costs a fraction of the full splitter.
            let sentences = LineSentences.ranges(in: scalars)
            guard sentences.count > 1 else { continue }
            for sentence in sentences {
                if let key = key(for: scalars[sentence.start..<sentence.end]) {
                    result.append(Unit(key: key, start: line.start + sentence.start, end: line.start + sentence.end))
                }
            }
        }
        return result
    }

    /// A 64-bit hash of the sentence's normalised form — lower-cased, quotes and dashes unified, white
    /// space runs as one space, digit runs as "0" — or nil when it has too few words. Computed in one
    /// pass without building the normalised string.
    private func key(for scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var words = 0
        var inWord = false
        var inDigits = false
        var pendingSpace = false
        var started = false
        func mix(_ value: UInt32) {
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01B3
        }
        for scalar in scalars {
            var value = scalar.value
            if ScalarWordClasses.isSpace(value) {
                pendingSpace = started
                inWord = false
                inDigits = false
                continue
            }
            let isWordScalar = ScalarWordClasses.isWordScalar(scalar)
            let isDigit = value < 0x80 ? (0x30...0x39).contains(value) : isWordScalar && ScalarWordClasses.isNumeric(scalar)
            let isLetter = isWordScalar && !isDigit
            if (isDigit || isLetter) && !inWord { words += 1 }
            inWord = isDigit || isLetter || (inWord && (value == 0x27 || value == 0x2D || value == 0x2019))
            if pendingSpace { mix(0x20) }
            pendingSpace = false
            started = true
            if isDigit {
                if !inDigits { mix(0x30) }
                inDigits = true
                continue
            }
            inDigits = false
            switch value {
            case 0x41...0x5A: value |= 0x20
            case 0x60, 0x2018, 0x2019, 0x02BC: value = 0x27
            case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: value = 0x22
            case 0x2013, 0x2014: value = 0x2D
            default:
                if value >= 0x80 { value = ScalarWordClasses.lowercased(scalar) }
            }
            mix(value)
        }
        return words >= minWords ? hash : nil
    }
}

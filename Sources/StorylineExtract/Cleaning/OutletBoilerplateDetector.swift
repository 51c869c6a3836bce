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
        var byOutlet: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            guard let outlet = draft.outlet?.trimmingWhitespace().lowercased(), !outlet.isEmpty else { continue }
            byOutlet[outlet, default: []].append(index)
        }
        for indices in byOutlet.values where indices.count >= minArticles {
            let units = indices.map { self.units(of: drafts[$0]) }
            var support: [String: Set<String>] = [:]
            for (position, index) in indices.enumerated() {
                let articleKey = drafts[index].title.map(TextShape.normalized) ?? "#\(index)"
                for key in Set(units[position].map(\.key)) { support[key, default: []].insert(articleKey) }
            }
            let distinctArticles = Set(indices.map { drafts[$0].title.map(TextShape.normalized) ?? "#\($0)" }).count
            var threshold = minArticles
            if distinctArticles >= manyArticles {
                threshold = max(threshold, Int((minShare * Double(distinctArticles)).rounded(.up)))
            }
            let repeated = Set(support.filter { $0.value.count >= threshold }.keys)
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

    private struct Unit {
        var key: String
        var start: Int
        var end: Int
    }

    /// Lines and the sentences within them, as normalised keys with their offsets.
    private func units(of draft: DocumentDraft) -> [Unit] {
        var result: [Unit] = []
        let splitter = SentenceSplitter()
        for line in TextLine.lines(of: draft.original) {
            if let key = key(for: line.text) { result.append(Unit(key: key, start: line.start, end: line.end)) }
            let sentences = splitter.sentences(in: line.text)
            guard sentences.count > 1 else { continue }
            for sentence in sentences {
                if let key = key(for: sentence.text) {
                    result.append(Unit(key: key, start: line.start + sentence.start, end: line.start + sentence.end))
                }
            }
        }
        return result
    }

    private func key(for text: String) -> String? {
        guard TextShape.words(in: text).count >= minWords else { return nil }
        var result = ""
        var inDigits = false
        for character in TextShape.normalized(text) {
            if character.isNumber {
                if !inDigits { result.append("0") }
                inDigits = true
            } else {
                result.append(character)
                inDigits = false
            }
        }
        return result
    }
}

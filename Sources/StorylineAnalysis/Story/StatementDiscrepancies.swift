import StorylineCore
import StorylineText

/// Dates, counts and roles that disagree between the aligned sentences of one statement.
struct StatementDiscrepancies {
    let story: StoryContext

    /// For every statement carried by two or more sources, the items `extract` finds in its sentences,
    /// as (article index, sentence index, item).
    private func perStatement<Item>(_ extract: (ArticleFacts) -> [Item], start: (Item) -> Int)
        -> [[(article: Int, sentence: Int, item: Item)]]
    {
        var byStatement: [Int: [(article: Int, sentence: Int, item: Item)]] = [:]
        for (articleIndex, facts) in story.facts.enumerated() {
            for item in extract(facts) {
                guard let sentence = story.sentence(article: articleIndex, containing: start(item)) else { continue }
                let statement = story.statement(ofSentence: sentence)
                guard statement >= 0, story.alignment.support(of: statement) >= 2 else { continue }
                byStatement[statement, default: []].append((articleIndex, sentence, item))
            }
        }
        return byStatement.keys.sorted().map { byStatement[$0]! }
    }

    func dates() -> [Discrepancy] {
        var result: [Discrepancy] = []
        for found in perStatement({ $0.dates }, start: { $0.start }) {
            var values = DiscrepancyValues()
            for (article, sentence, mention) in found where mention.date.precision >= .day {
                values.add(
                    mention.date.dayString, article: story.articles[article].id,
                    evidence: story.passage(ofSentence: sentence), written: mention.surface)
            }
            guard let disagreement = values.disagreement else { continue }
            let subject = Self.subject(
                terms: found.map(\.item.eventTerms), sentences: found.map(\.sentence), story: story)
            result.append(Discrepancy(kind: .date, subject: subject, values: disagreement))
        }
        return result
    }

    func numbers() -> [Discrepancy] {
        var result: [Discrepancy] = []
        for found in perStatement({ $0.numbers }, start: { $0.start }) {
            var byKey: [String: [(article: Int, sentence: Int, item: NumberMention)]] = [:]
            for entry in found {
                guard let key = entry.item.quantityKey else { continue }
                byKey[key, default: []].append(entry)
            }
            for key in byKey.keys.sorted() {
                let entries = byKey[key]!
                guard !Self.agree(entries.map(\.item)) else { continue }
                var values = DiscrepancyValues()
                for (article, sentence, mention) in entries {
                    values.add(
                        Self.display(mention), article: story.articles[article].id,
                        evidence: story.passage(ofSentence: sentence))
                }
                guard let disagreement = values.disagreement else { continue }
                let subject = entries.first { $0.item.counted != nil }?.item.counted ?? entries[0].item.unit ?? key
                result.append(Discrepancy(kind: .number, subject: subject, values: disagreement))
            }
        }
        return result
    }

    func roles() -> [Discrepancy] {
        var result: [Discrepancy] = []
        for found in perStatement({ $0.entities.filter { $0.kind == .person && $0.role != nil } }, start: { $0.start }) {
            var byPerson: [String: [(article: Int, sentence: Int, item: EntityMention)]] = [:]
            for entry in found { byPerson[PersonKey.key(of: entry.item.name), default: []].append(entry) }
            for person in byPerson.keys.sorted() {
                let entries = byPerson[person]!
                let roles = entries.compactMap(\.item.role)
                guard RoleNormalizer.conflict(roles) else { continue }
                var values = DiscrepancyValues()
                for (article, sentence, mention) in entries {
                    guard let role = mention.role, RoleNormalizer.office(of: role) != nil else { continue }
                    values.add(role, article: story.articles[article].id, evidence: story.passage(ofSentence: sentence))
                }
                guard let disagreement = values.disagreement else { continue }
                let name = entries.map(\.item.name).max { $0.count < $1.count } ?? person
                result.append(Discrepancy(kind: .role, subject: name, values: disagreement))
            }
        }
        return result
    }

    /// Counts agree when every value is equal, or all are hedged ("about", "over") and within 10%.
    static func agree(_ mentions: [NumberMention]) -> Bool {
        let values = mentions.map(\.value)
        guard let low = values.min(), let high = values.max() else { return true }
        if low == high { return true }
        if mentions.allSatisfy(\.isApproximate) || mentions.contains(where: { $0.upperValue != nil }) {
            return high <= low * 1.1 || mentions.contains { m in
                guard let upper = m.upperValue else { return false }
                return values.allSatisfy { $0 >= m.value && $0 <= upper }
            }
        }
        return false
    }

    static func display(_ mention: NumberMention) -> String {
        var text = mention.surface
        if let qualifier = mention.qualifier { text = qualifier + " " + text }
        if let counted = mention.counted, !text.lowercased().hasSuffix(counted) { text += " " + counted }
        return text
    }

    /// The slot's name: the event word the mentions share most (as written), else the start of the
    /// statement.
    static func subject(terms: [[String]], sentences: [Int], story: StoryContext) -> String {
        var counts: [String: Int] = [:]
        for list in terms { for term in Set(list) { counts[term, default: 0] += 1 } }
        let words = sentences.flatMap { Tokenizer().tokens(in: story.alignment.sentences[$0].span.text).map(\.text) }
        // Prefer lowercase words (events: interview, visit) over names.
        let ranked = counts.filter { $0.value >= 2 }.sorted { a, b in
            let aLower = words.contains { Stemmer.stem($0.lowercased()) == a.key && $0 == $0.lowercased() }
            let bLower = words.contains { Stemmer.stem($0.lowercased()) == b.key && $0 == $0.lowercased() }
            if aLower != bLower { return aLower }
            return a.value > b.value || (a.value == b.value && a.key < b.key)
        }
        if let term = ranked.first?.key {
            return words.first { Stemmer.stem($0.lowercased()) == term }?.lowercased() ?? term
        }
        let first = story.alignment.sentences[sentences[0]].span.text
        return "date in “" + first.split(separator: " ").prefix(8).joined(separator: " ") + " …”"
    }
}

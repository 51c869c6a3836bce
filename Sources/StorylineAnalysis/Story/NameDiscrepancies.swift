/// Names the sources spell differently: one acronym expanded two ways ("Security Assistance and
/// Training" / "Security and Training Assistance"), or one name written in two close spellings in
/// sentences that say the same thing ("Zelensky" / "Zelenskyy").
struct NameDiscrepancies {
    let story: StoryContext

    func acronyms() -> [Discrepancy] {
        var byAcronym: [String: DiscrepancyValues] = [:]
        var order: [String] = []
        var canonical: [String: [String: String]] = [:]
        for (articleIndex, facts) in story.facts.enumerated() {
            for definition in facts.acronyms {
                let key = Self.normalized(definition.expansion)
                if byAcronym[definition.acronym] == nil { order.append(definition.acronym) }
                let shown = canonical[definition.acronym, default: [:]][key] ?? definition.expansion
                canonical[definition.acronym, default: [:]][key] = shown
                byAcronym[definition.acronym, default: DiscrepancyValues()].add(
                    shown, article: story.articles[articleIndex].id,
                    evidence: story.passage(article: articleIndex, around: definition.start, definition.end))
            }
        }
        return order.compactMap { acronym in
            byAcronym[acronym]!.disagreement.map { Discrepancy(kind: .name, subject: acronym, values: $0) }
        }
    }

    func spellings() -> [Discrepancy] {
        // Names per statement, with where they were written.
        var byStatement: [Int: [(article: Int, sentence: Int, name: String)]] = [:]
        for (articleIndex, facts) in story.facts.enumerated() {
            for mention in facts.entities where mention.name.count >= 5 {
                guard let sentence = story.sentence(article: articleIndex, containing: mention.start) else { continue }
                let statement = story.statement(ofSentence: sentence)
                guard statement >= 0, story.alignment.support(of: statement) >= 2 else { continue }
                byStatement[statement, default: []].append((articleIndex, sentence, mention.name))
            }
        }
        var result: [Discrepancy] = []
        var reported = Set<[String]>()
        for statement in byStatement.keys.sorted() {
            let entries = byStatement[statement]!
            // Compare distinct names once each (a statement of 60 sources repeats the same few names).
            var names: [String] = []
            var articlesOf: [String: Set<Int>] = [:]
            for entry in entries {
                if articlesOf[entry.name] == nil { names.append(entry.name) }
                articlesOf[entry.name, default: []].insert(entry.article)
            }
            let lowered = names.map { Array($0.lowercased()) }
            for a in names.indices {
                for b in names.indices where b > a {
                    let (x, y) = (names[a], names[b])
                    guard articlesOf[x]! != articlesOf[y]! || articlesOf[x]!.count > 1,
                        Self.isSpellingVariant(lowered[a], lowered[b])
                    else { continue }
                    let pair = [x, y].sorted()
                    guard reported.insert(pair).inserted else { continue }
                    var values = DiscrepancyValues()
                    for entry in entries where entry.name == x || entry.name == y {
                        let evidence = story.passage(ofSentence: entry.sentence)
                        values.add(entry.name, article: story.articles[entry.article].id, evidence: evidence)
                    }
                    if let disagreement = values.disagreement {
                        result.append(Discrepancy(kind: .name, subject: pair[0], values: disagreement))
                    }
                }
            }
        }
        return result
    }

    /// An expansion reduced for comparison: lowercased, hyphens as spaces, a leading "the" dropped.
    static func normalized(_ text: String) -> String {
        let spaced = String(text.lowercased().map { (character: Character) -> Character in character == "-" ? " " : character })
        var words = spaced.split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Two names are spellings of one when they are close (edit distance 1, or 2 for names of eight
    /// letters or more) and not an inflection of each other ("Russia" / "Russian", "NATO" / "NATO's").
    static func isSpellingVariant(_ x: String, _ y: String) -> Bool {
        isSpellingVariant(Array(x.lowercased()), Array(y.lowercased()))
    }

    static func isSpellingVariant(_ a: [Character], _ b: [Character]) -> Bool {
        guard a != b, a.first == b.first, abs(a.count - b.count) <= 2 else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if long.starts(with: short) {
            let suffix = String(long[short.count...])
            if ["s", "n", "an", "ian", "ese", "es", "'s", "’s", "i"].contains(suffix) { return false }
        }
        let limit = short.count >= 8 ? 2 : 1
        guard long.count - short.count <= limit else { return false }
        return editDistance(a, b, limit: limit) <= limit
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

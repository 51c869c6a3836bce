import StorylineCore

/// Picks a consolidated extractive summary of a story from its aligned statements.
///
/// Every statement is scored by how many sources carry it (the core first), how early the sources
/// put it (news leads with what matters), and how central its words are to the whole story (the
/// share of sources using each of its terms). The best statements are taken greedily, skipping one
/// that repeats a chosen one (term overlap above `redundancy`), and printed in story order: the
/// average relative position of the statement in its sources. Each summary sentence is the
/// statement's most central wording, with its exact passage and the aligned passages of the other
/// sources as provenance.
public struct Summarizer: Sendable {
    /// At most this many sentences.
    public var length: Int
    /// Skip a statement sharing more than this share of the smaller one's terms with a chosen one.
    public var redundancy: Double
    /// Wordings longer than this many words are passed over while a shorter one exists.
    public var maximumWords: Int

    public init(length: Int = 7, redundancy: Double = 0.6, maximumWords: Int = 60) {
        self.length = length
        self.redundancy = redundancy
        self.maximumWords = maximumWords
    }

    /// The summary of the story whose articles were aligned into `alignment`.
    ///
    /// `avoiding` are sentences (indices into `alignment.sentences`) a summary should not quote when
    /// the statement has another wording: bare quotes that do not say who speaks, or the minority
    /// side of a discrepancy. A statement only ever worded that way ranks lower.
    public func summary(
        of alignment: StatementAlignment, articles: [Article], avoiding quotedSentences: Set<Int> = []
    ) -> [SummarySentence] {
        guard length > 0, !alignment.sentences.isEmpty else { return [] }
        let sentences = alignment.sentences
        let articleCount = Double(max(articles.count, 1))
        var sentencesPerArticle = Array(repeating: 0, count: articles.count)
        var termArticles: [String: Set<Int>] = [:]
        for sentence in sentences {
            sentencesPerArticle[sentence.articleIndex] += 1
            for term in sentence.terms { termArticles[term, default: []].insert(sentence.articleIndex) }
        }
        func relativePosition(_ index: Int) -> Double {
            let sentence = sentences[index]
            return Double(sentence.position) / Double(max(sentencesPerArticle[sentence.articleIndex], 1))
        }

        struct Candidate {
            var statement: Int
            var wording: Int
            var score: Double
            var order: Double
            var terms: Set<String>
        }
        var candidates: [Candidate] = []
        for (statement, members) in alignment.statements.enumerated() {
            let wording = Self.wording(
                of: statement, in: alignment, maximumWords: maximumWords, avoiding: quotedSentences)
            let chosen = sentences[wording]
            guard chosen.wordCount >= 4, chosen.terms.count >= 3 else { continue }
            let support = Double(alignment.support(of: statement)) / articleCount
            let order = members.map(relativePosition).reduce(0, +) / Double(members.count)
            let centrality =
                chosen.terms.map { Double(termArticles[$0]?.count ?? 0) / articleCount }.reduce(0, +)
                / Double(chosen.terms.count)
            let score = 3 * support + 0.5 * (1 - order) + centrality - (quotedSentences.contains(wording) ? 1 : 0)
            candidates.append(
                Candidate(statement: statement, wording: wording, score: score, order: order, terms: Set(chosen.terms)))
        }
        candidates.sort { $0.score > $1.score || ($0.score == $1.score && $0.statement < $1.statement) }
        var picked: [Candidate] = []
        for candidate in candidates where picked.count < length {
            let repeats = picked.contains { chosen in
                // Overlap against the smaller sentence: a short sentence inside a long one repeats it.
                let shared = chosen.terms.intersection(candidate.terms).count
                return Double(shared) / Double(min(chosen.terms.count, candidate.terms.count)) > redundancy
            }
            if !repeats { picked.append(candidate) }
        }
        picked.sort { $0.order < $1.order || ($0.order == $1.order && $0.statement < $1.statement) }
        return picked.map { candidate in
            let members = alignment.statements[candidate.statement]
            let ordered = [candidate.wording] + members.filter { $0 != candidate.wording }
            let provenance = ordered.map { index in
                SummarySentence.Provenance(
                    article: articles[sentences[index].articleIndex].id,
                    start: sentences[index].span.start, end: sentences[index].span.end)
            }
            return SummarySentence(
                text: sentences[candidate.wording].span.text, provenance: provenance,
                sources: ordered.map { articles[sentences[$0].articleIndex].id })
        }
    }

    /// The statement's wording for the summary: the representative, unless it is a bare quote or
    /// longer than `maximumWords` and another member is neither (then the most central such member).
    static func wording(
        of statement: Int, in alignment: StatementAlignment, maximumWords: Int, avoiding quoted: Set<Int>
    ) -> Int {
        let representative = alignment.representative(of: statement)
        func suitable(_ index: Int) -> Bool {
            !quoted.contains(index) && alignment.sentences[index].wordCount <= maximumWords
        }
        if suitable(representative) { return representative }
        let members = alignment.statements[statement]
        func centrality(_ index: Int) -> Double {
            members.reduce(0) { $0 + alignment.scores.similarity(index, $1) }
        }
        if let best = members.filter(suitable).max(by: { centrality($0) < centrality($1) }) { return best }
        return members.min { alignment.sentences[$0].wordCount < alignment.sentences[$1].wordCount } ?? representative
    }
}

import StorylineCore
import StorylineText

/// Aligns the sentences of a story's articles into statements that say the same thing.
///
/// Sentences are compared by TF-IDF cosine over content stems (IDF within the story), so a
/// rewritten or machine-translated sentence that keeps its key words ("will not back down in the
/// face of Russian threats" / "will not be intimidated by Russian threats") still aligns. Pairs are
/// taken from the most similar down (greedy agglomeration) under two rules: a statement holds at
/// most one sentence per article, and two groups merge only when their average pair similarity
/// stays above `linkThreshold` (no chaining of loosely related sentences).
///
/// ```swift
/// let alignment = StatementAligner().align([first, second])
/// alignment.statements.filter { alignment.support(of: $0) >= 2 }  // the common core
/// ```
public struct StatementAligner: Sendable {
    /// The least cosine similarity for two sentences to align.
    public var pairThreshold: Double
    /// The least average similarity between the members of two groups for them to merge.
    public var linkThreshold: Double

    public init(pairThreshold: Double = 0.3, linkThreshold: Double = 0.2) {
        self.pairThreshold = pairThreshold
        self.linkThreshold = linkThreshold
    }

    /// Splits every article into sentences and aligns them. Complexity: about O(S log S) for S
    /// sentences plus the pairs that share a term.
    public func align(_ articles: [Article]) -> StatementAlignment {
        align(sentences: articles.indices.flatMap { Self.sentences(of: articles[$0], at: $0) })
    }

    /// Aligns sentences already split (``sentences(of:at:)`` for each article, in article order).
    public func align(sentences: [StorySentence]) -> StatementAlignment {
        let similarity = SentenceSimilarity(sentences: sentences)
        let pairs = similarity.pairs(of: sentences, minimum: min(pairThreshold, linkThreshold))
        let scores = SimilarityGraph(count: sentences.count, pairs: pairs)

        var groupOf = Array(sentences.indices)
        var members = sentences.indices.map { [$0] }
        for (i, j, score) in pairs.sorted(by: { $0.2 > $1.2 || ($0.2 == $1.2 && ($0.0, $0.1) < ($1.0, $1.1)) })
        where score >= pairThreshold && Self.shareEnoughTerms(sentences[i], sentences[j]) {
            let a = groupOf[i]
            let b = groupOf[j]
            guard a != b else { continue }
            let articlesA = Set(members[a].map { sentences[$0].articleIndex })
            guard members[b].allSatisfy({ !articlesA.contains(sentences[$0].articleIndex) }) else { continue }
            var total = 0.0
            for x in members[a] {
                for y in members[b] { total += scores.similarity(x, y) }
            }
            guard total / Double(members[a].count * members[b].count) >= linkThreshold else { continue }
            let (keep, drop) = members[a].count >= members[b].count ? (a, b) : (b, a)
            for member in members[drop] { groupOf[member] = keep }
            members[keep] += members[drop]
            members[drop] = []
        }
        let statements = members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return StatementAlignment(sentences: sentences, statements: statements, scores: scores)
    }

    /// Two sentences align only on two or more shared terms, or on the same terms when both are
    /// that short: one shared name ("NATO exercises" / "We are NATO.") is not a statement.
    static func shareEnoughTerms(_ a: StorySentence, _ b: StorySentence) -> Bool {
        let shared = Set(a.terms).intersection(b.terms).count
        return shared >= 2 || (shared >= 1 && a.terms.count == shared && b.terms.count == shared)
    }

    /// The sentences of one article (at `articleIndex` in the story) with their terms.
    public static func sentences(of article: Article, at articleIndex: Int) -> [StorySentence] {
        let tokenizer = Tokenizer()
        return SentenceSplitter().sentences(in: article.text).enumerated().map { position, span in
            let words = tokenizer.words(in: span.text)
            return StorySentence(
                articleIndex: articleIndex, span: span, position: position, terms: SentenceTerms.terms(of: words),
                wordCount: words.count)
        }
    }
}

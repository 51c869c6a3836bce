import StorylineCore

/// One story prepared for the story-level steps: its articles in publication order, their
/// sentences aligned into statements, and the facts of every article.
struct StoryContext: Sendable {
    var articles: [Article]
    var alignment: StatementAlignment
    var facts: [ArticleFacts]
    /// For each article, the offsets where its sentences start (ascending), to find the sentence of
    /// any offset.
    private var sentenceStarts: [[Int]]
    /// For each article, the global sentence index of its first sentence.
    private var firstSentence: [Int]
    private var statementOfSentence: [Int]

    init(articles: [Article], alignment: StatementAlignment, facts: [ArticleFacts]) {
        self.articles = articles
        self.alignment = alignment
        self.facts = facts
        var starts = Array(repeating: [Int](), count: articles.count)
        var first = Array(repeating: -1, count: articles.count)
        for (index, sentence) in alignment.sentences.enumerated() {
            if first[sentence.articleIndex] < 0 { first[sentence.articleIndex] = index }
            starts[sentence.articleIndex].append(sentence.span.start)
        }
        sentenceStarts = starts
        firstSentence = first
        statementOfSentence = alignment.statementOfSentence
    }

    /// The global index of the sentence of article `article` that contains `offset`, if any.
    func sentence(article: Int, containing offset: Int) -> Int? {
        let starts = sentenceStarts[article]
        guard !starts.isEmpty, firstSentence[article] >= 0 else { return nil }
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        let local = max(low - 1, 0)
        let index = firstSentence[article] + local
        let span = alignment.sentences[index].span
        return offset >= span.start && offset < span.end ? index : (offset < span.start ? nil : index)
    }

    /// Sentences that are (almost) all quoted words: at least `minimumShare` of their scalars lie
    /// inside a quote. A summary prefers a wording that says who speaks.
    func quotedSentences(minimumShare: Double = 0.85) -> Set<Int> {
        var result = Set<Int>()
        for (articleIndex, facts) in facts.enumerated() where !facts.quotes.isEmpty {
            for index in alignment.sentences.indices where alignment.sentences[index].articleIndex == articleIndex {
                let span = alignment.sentences[index].span
                let quoted = facts.quotes.reduce(0) { total, quote in
                    total + max(0, min(span.end, quote.end) - max(span.start, quote.start))
                }
                if Double(quoted) >= minimumShare * Double(span.end - span.start) { result.insert(index) }
            }
        }
        return result
    }

    /// Sentences that give a value fewer sources support than another, in a discrepancy other than a
    /// quote's: a summary should not pick the disputed wording when another exists.
    func minorityEvidence(of discrepancies: [Discrepancy]) -> Set<Int> {
        var result = Set<Int>()
        let articleIndex = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for discrepancy in discrepancies where discrepancy.kind != .quote {
            for value in discrepancy.values.dropFirst() where value.articles.count < discrepancy.values[0].articles.count {
                for passage in value.evidence {
                    guard let article = articleIndex[passage.article],
                        let sentence = sentence(article: article, containing: passage.start)
                    else { continue }
                    result.insert(sentence)
                }
            }
        }
        return result
    }

    /// The statement the sentence belongs to.
    func statement(ofSentence index: Int) -> Int { statementOfSentence[index] }

    /// The sentence as a passage of its article.
    func passage(ofSentence index: Int) -> Passage {
        let sentence = alignment.sentences[index]
        return Passage(
            article: articles[sentence.articleIndex].id, start: sentence.span.start, end: sentence.span.end,
            text: sentence.span.text)
    }

    /// The passage of article `article` around `offset`: its sentence, or the bare range when the
    /// offset lies outside every sentence.
    func passage(article: Int, around start: Int, _ end: Int) -> Passage {
        if let index = sentence(article: article, containing: start) { return passage(ofSentence: index) }
        let scalars = Array(articles[article].text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<min(end, scalars.count)])
        return Passage(article: articles[article].id, start: start, end: end, text: String(view))
    }

    /// The reference date for relative dates in undated articles: the median publication date of
    /// the story's dated articles.
    static func referenceDate(of articles: [Article]) -> PublicationDate? {
        let dates = articles.compactMap(\.published).sorted()
        return dates.isEmpty ? nil : dates[(dates.count - 1) / 2]
    }
}

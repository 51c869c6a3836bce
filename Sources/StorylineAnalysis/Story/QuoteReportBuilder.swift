/// Turns the quote groups of a story into the report's quotes: each wording with its sources, the
/// exact passages, and a word diff against the most common wording.
struct QuoteReportBuilder {
    /// `entities` give each speaker the name the story's entities use for that person.
    func quotes(of story: StoryContext, entities: [ReportEntity] = []) -> [ReportQuote] {
        var personName: [String: String] = [:]
        for entity in entities where entity.kind == EntityKind.person.rawValue {
            let key = PersonKey.key(of: entity.name)
            if personName[key] == nil { personName[key] = entity.name }
        }
        var sourced: [SourcedQuote] = []
        for (index, facts) in story.facts.enumerated() {
            sourced += facts.quotes.map { SourcedQuote(article: story.articles[index].id, quote: $0) }
        }
        let groups = QuoteGrouper().groups(sourced)
        return groups.map { group in
            let order = [group.mainVariantIndex] + group.variants.indices.filter { $0 != group.mainVariantIndex }
            let variants = order.map { index -> ReportQuote.Variant in
                let variant = group.variants[index]
                let passages = variant.mentions.map {
                    Passage(article: $0.article, start: $0.quote.start, end: $0.quote.end, text: $0.quote.text)
                }
                let diff = index == group.mainVariantIndex ? [] : variant.diff.map(Self.run)
                return ReportQuote.Variant(
                    text: variant.text, articles: variant.articles, passages: passages, diff: diff,
                    paraphrase: variant.isParaphrase)
            }
            let speaker = group.speaker.map { personName[PersonKey.key(of: $0)] ?? $0 }
            return ReportQuote(speaker: speaker, variants: variants)
        }.enumerated().sorted { a, b in
            let x = Set(a.element.variants.flatMap(\.articles)).count
            let y = Set(b.element.variants.flatMap(\.articles)).count
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    static func run(_ operation: WordDiffOperation) -> ReportQuote.DiffRun {
        let op: String
        switch operation.kind {
        case .equal: op = "="
        case .delete: op = "-"
        case .insert: op = "+"
        }
        return ReportQuote.DiffRun(op: op, text: operation.words.joined(separator: " "))
    }
}

import StorylineText

/// Quotes whose wordings differ in substance: a variant that puts other content words in the
/// speaker's mouth ("prevail" / "win", "whatever is necessary" / "what's necessary"). A variant that
/// only quotes less (or more) of the same words is not a disagreement, and neither is a variant only
/// the main wording's own sources give.
enum QuoteDiscrepancies {
    static func discrepancies(in quotes: [ReportQuote]) -> [Discrepancy] {
        quotes.compactMap { quote in
            let main = quote.variants[0]
            guard quote.variants.count >= 2,
                quote.variants.dropFirst().contains(where: { variant in
                    Set(variant.articles) != Set(main.articles) && isRewording(variant, of: main)
                })
            else { return nil }
            let values = quote.variants.map { variant in
                Discrepancy.Value(value: variant.text, articles: variant.articles, evidence: variant.passages)
            }
            let opening = quote.variants[0].text.split(separator: " ").prefix(8).joined(separator: " ")
            return Discrepancy(kind: .quote, subject: "\(quote.speaker ?? "unattributed"): “\(opening) …”", values: values)
        }
    }

    /// Other words in place of some of the main wording's words, where the two overlap: not a
    /// shorter or longer cut of the same words, and not another sentence of the same speech.
    static func isRewording(_ variant: ReportQuote.Variant, of main: ReportQuote.Variant) -> Bool {
        let substitutes = variant.diff.contains { $0.op == "+" && hasContentWord($0.text) }
            && variant.diff.contains { $0.op == "-" && hasContentWord($0.text) }
        guard substitutes else { return false }
        return QuoteWording(variant.text).bigramContainment(with: QuoteWording(main.text)) >= 0.2
    }

    static func hasContentWord(_ text: String) -> Bool {
        Tokenizer().words(in: text).contains { !StopWords.contains($0) && $0.count > 2 }
    }
}

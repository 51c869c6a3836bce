import StorylineText

/// Quotes whose wordings differ in substance: a variant that puts other content words in the
/// speaker's mouth ("prevail" / "win", "whatever is necessary" / "what's necessary"). A variant that
/// only quotes less of the same words is not a disagreement.
enum QuoteDiscrepancies {
    static func discrepancies(in quotes: [ReportQuote]) -> [Discrepancy] {
        quotes.compactMap { quote in
            guard quote.variants.count >= 2,
                quote.variants.dropFirst().contains(where: { variant in
                    variant.paraphrase || variant.diff.contains { $0.op == "+" && hasContentWord($0.text) }
                })
            else { return nil }
            let values = quote.variants.map { variant in
                Discrepancy.Value(value: variant.text, articles: variant.articles, evidence: variant.passages)
            }
            let opening = quote.variants[0].text.split(separator: " ").prefix(8).joined(separator: " ")
            return Discrepancy(kind: .quote, subject: "\(quote.speaker ?? "unattributed"): “\(opening) …”", values: values)
        }
    }

    static func hasContentWord(_ text: String) -> Bool {
        Tokenizer().words(in: text).contains { !StopWords.contains($0) && $0.count > 2 }
    }
}

import StorylineCore

/// Finds where a story's sources give different values for the same slot.
///
/// A slot is found in two general ways. Within a statement that several sources carry (aligned
/// sentences), the dates, counts and roles those sentences state must agree: "on Oct. 13" against
/// "on Monday" in the same sentence about the same interview is a date discrepancy, "700 troops"
/// against "800 troops" a number discrepancy, "Defense Minister X" against "Foreign Minister X" a
/// role discrepancy. Across the whole story, one acronym expanded differently, or one name spelled
/// in two close ways, is a name discrepancy. Quote wordings that differ in substance are quote
/// discrepancies.
struct DiscrepancyFinder {
    func discrepancies(in story: StoryContext, quotes: [ReportQuote]) -> [Discrepancy] {
        var result: [Discrepancy] = []
        result += StatementDiscrepancies(story: story).dates()
        result += StatementDiscrepancies(story: story).numbers()
        result += NameDiscrepancies(story: story).acronyms()
        result += NameDiscrepancies(story: story).spellings()
        result += StatementDiscrepancies(story: story).roles()
        result += QuoteDiscrepancies.discrepancies(in: quotes)
        return result
    }
}

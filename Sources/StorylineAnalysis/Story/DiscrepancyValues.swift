/// Collects the values sources give for one slot, keeping each value's articles, evidence and
/// spellings in first-seen order.
struct DiscrepancyValues {
    private var order: [String] = []
    private var values: [String: Discrepancy.Value] = [:]

    mutating func add(_ value: String, article: String, evidence: Passage, written: String? = nil) {
        if values[value] == nil {
            order.append(value)
            values[value] = Discrepancy.Value(value: value, articles: [], evidence: [])
        }
        if !values[value]!.articles.contains(article) { values[value]!.articles.append(article) }
        if !values[value]!.evidence.contains(evidence) { values[value]!.evidence.append(evidence) }
        if let written, written != value, !values[value]!.written.contains(written) {
            values[value]!.written.append(written)
        }
    }

    /// The values, or nil when the sources do not disagree: at least two values, and two different
    /// articles behind two different values (one article giving two values is not a disagreement
    /// between sources).
    var disagreement: [Discrepancy.Value]? {
        guard order.count >= 2 else { return nil }
        let result = order.map { values[$0]! }
        for i in result.indices {
            for j in result.indices where j > i {
                if result[i].articles.contains(where: { a in result[j].articles.contains { $0 != a } }) {
                    return result.enumerated()
                        .sorted { $0.element.articles.count > $1.element.articles.count || ($0.element.articles.count == $1.element.articles.count && $0.offset < $1.offset) }
                        .map(\.element)
                }
            }
        }
        return nil
    }
}

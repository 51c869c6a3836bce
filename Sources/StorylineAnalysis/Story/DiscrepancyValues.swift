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

    /// The values, or nil when the sources do not disagree: two values each backed by an article
    /// that does not also give the other (an article giving both values — "fired on Friday, his
    /// lawyer said Monday" — does not contradict anyone).
    var disagreement: [Discrepancy.Value]? {
        guard order.count >= 2 else { return nil }
        let result = order.map { values[$0]! }
        for i in result.indices {
            for j in result.indices where j > i {
                let onlyI = Set(result[i].articles).subtracting(result[j].articles)
                let onlyJ = Set(result[j].articles).subtracting(result[i].articles)
                guard !onlyI.isEmpty, !onlyJ.isEmpty else { continue }
                return result.enumerated().sorted { a, b in
                    a.element.articles.count != b.element.articles.count
                        ? a.element.articles.count > b.element.articles.count : a.offset < b.offset
                }.map(\.element)
            }
        }
        return nil
    }
}

/// How a quote's speaker was found.
public enum AttributionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A name next to a speech verb: `"…," Costa said.` / `"…," said Minister Ana Costa.` /
    /// `According to Costa, "…"`.
    case named
    /// A pronoun next to a speech verb (`"…," she said.`), resolved to the last speaker before it.
    case pronoun
    /// A role phrase (`"…," said the new foreign minister.`), resolved to the person introduced with it.
    case role
    /// A clause ending in a colon, or a speech verb introducing the quote: `Costa said: "…"`,
    /// `Costa: "…"`, `…, stating, "…"`.
    case colon
    /// No attribution of its own, but it continues an attributed quote (the next paragraph of the
    /// same quote, or a quote right after an attributed one).
    case continuation
    /// No speaker found.
    case unattributed
}

/// A pair of quote marks found in a text, before attribution.
struct QuoteSpan: Sendable, Hashable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset after the closing mark, or the paragraph end for a quote left open.
    var outerEnd: Int
    /// Offsets of the trimmed inner text.
    var innerStart: Int
    var innerEnd: Int
    /// Index of the paragraph holding the opening mark.
    var paragraph: Int
    /// The quote was left open at the paragraph end.
    var isOpenEnded: Bool
    /// The next paragraph reopens the quote (the typographic convention for a quote over paragraphs).
    var continuesInNextParagraph: Bool
}

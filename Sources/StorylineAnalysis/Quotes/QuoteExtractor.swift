/// Finds quotations in a text and attributes them to speakers.
///
/// Quote styles: straight "…", curly “…”, «…», „…“ and „…”, ‚…‘, single '…' and ‘…’ (never an
/// apostrophe: "it's", "the allies' plan", "'90s"), CJK 「…」. A quote may span sentences; a paragraph
/// opened with a quote mark and not closed is quoted to its end; a quote left open at a paragraph's
/// end and reopened in the next paragraph continues there.
///
/// Attribution, in order of precedence:
/// - after the quote: `"…," Costa said.`, `"…," said Minister Ana Costa.`, `"…," she added.`
///   (pronoun → the last speaker before, else the last person named outside quotes),
///   `"…," said the new foreign minister.` (role → the person introduced with that role);
/// - before it: `Costa said: "…"`, `Costa: "…"`, `…, stating, "…"` (also from the end of the
///   previous paragraph), `According to Costa, "…"`, `Costa said she wants to "…"`;
/// - continuation: a quote right after an attributed one in the same paragraph, or opening the
///   paragraph after one whose quote was attributed, or continuing an open quote.
///
/// Speakers are canonical names within the text ("Ana Costa" for "Costa") or organisations. The
/// recogniser runs inside; names inside quotes never become speakers.
///
/// ```swift
/// let quotes = QuoteExtractor().quotes(in: "“We will stay,” Foreign Minister Ana Costa said.")
/// // [QuoteMention(text: "We will stay", speaker: "Ana Costa", attribution: .named, …)]
/// ```
public struct QuoteExtractor: Sendable, Hashable {
    /// Creates an extractor.
    public init() {}

    /// The quotes of `text` in order, with Unicode-scalar offsets of their inner text.
    /// Complexity: O(n) to scan plus O(q·m) for q quotes and m name mentions.
    public func quotes(in text: String) -> [QuoteMention] {
        QuoteAttributor(context: QuoteContext(text: text)).quotes()
    }
}

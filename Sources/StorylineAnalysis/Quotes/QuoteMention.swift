/// A quotation found in a text.
///
/// `start` and `end` (exclusive) are Unicode-scalar offsets of the words inside the quote marks, so
/// `Array(text.unicodeScalars)[start..<end]` spells `text`; `sentenceStart` and `sentenceEnd` bound
/// the sentences that contain the quote, as evidence.
///
/// ```swift
/// // "“We will stay,” Costa said."
/// QuoteMention(text: "We will stay", start: 1, end: 13, speaker: "Ana Costa", attribution: .named, …)
/// ```
public struct QuoteMention: Sendable, Hashable, Codable {
    /// The quoted words, without the quote marks and without a trailing comma.
    public var text: String
    /// Offset of the first quoted scalar.
    public var start: Int
    /// Offset after the last quoted scalar.
    public var end: Int
    /// The canonical name of the person quoted within the text ("Ana Costa" even where the
    /// attribution says "Costa" or "she"), or an organisation; `nil` when unknown.
    public var speaker: String?
    /// How the speaker was found.
    public var attribution: AttributionKind
    /// The quote is a fragment embedded in a sentence (`wants to "get out" of the deal`).
    public var isPartial: Bool
    /// Offset of the first scalar of the passage containing the quote.
    public var sentenceStart: Int
    /// Offset after the last scalar of the passage containing the quote.
    public var sentenceEnd: Int

    /// Creates a quote mention.
    public init(
        text: String, start: Int, end: Int, speaker: String?, attribution: AttributionKind, isPartial: Bool,
        sentenceStart: Int, sentenceEnd: Int
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
        self.attribution = attribution
        self.isPartial = isPartial
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
    }
}

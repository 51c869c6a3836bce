/// A language identified for a text.
public struct LanguageGuess: Sendable, Hashable, Codable {
    /// ISO 639-1 code, e.g. "en", "de", "zh".
    public var code: String
    /// How sure the identifier is, from 0 (a coin toss) to 1 (no competing evidence).
    public var confidence: Double

    /// Creates a guess.
    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }
}

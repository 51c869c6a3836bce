/// The bare number at the heart of a mention, before currency, scale, range and unit are read around it.
struct NumberCore: Sendable, Hashable {
    /// The value as written, without scale words.
    var value: Double
    /// Index of the first token of the number.
    var first: Int
    /// Index of the token just past the number.
    var end: Int
    /// Whether the number is spelled out ("twenty-five", "a dozen").
    var isSpelled: Bool
    /// Whether the number is a run of digits without separators or decimals (a year candidate).
    var isPlainInteger: Bool
    /// The plural that gave only an order of magnitude ("dozens", "hundreds of thousands"), or nil.
    var magnitude: String?
}

/// What reading a number at a token gives: a number, or a stretch of tokens that only looks like one
/// (an ordinal, a time, an identifier, a phone number) to skip as a whole.
enum NumberCoreResult: Sendable, Hashable {
    case number(NumberCore)
    case skip(to: Int)
}

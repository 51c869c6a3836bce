/// A quantity restated in another unit in brackets right after a number: the "(311 miles)" of
/// "500 kilometers (311 miles)" or the "(€1.4 billion)" of "$1.5 billion (€1.4 billion)".
public struct NumberConversion: Sendable, Hashable, Codable {
    /// The restated value, with scale words applied.
    public var value: Double
    /// The normalised unit symbol of the restatement ("mi", "EUR").
    public var unit: String
    /// The restatement as written, without the brackets.
    public var surface: String
    /// Offset in Unicode scalars of the first scalar of `surface`.
    public var start: Int
    /// Offset in Unicode scalars just past `surface`.
    public var end: Int

    /// Creates a conversion.
    public init(value: Double, unit: String, surface: String, start: Int, end: Int) {
        self.value = value
        self.unit = unit
        self.surface = surface
        self.start = start
        self.end = end
    }
}

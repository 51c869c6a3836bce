/// A number stated in running text, with what it measures or counts and its offsets in Unicode scalars.
///
/// `surface` is exactly the scalars `start..<end` of the text: the currency sign, the number, its scale
/// word and its unit ("$1.5 billion", "500 kilometers", "about 700" is surfaced as "700" with
/// `qualifier` "about"). The counted noun and a conversion in brackets sit outside the span.
///
/// ```swift
/// let mention = NumberExtractor().numbers(in: "about 500 kilometers (311 miles) away")[0]
/// mention.value              // 500
/// mention.unit               // "km"
/// mention.isApproximate      // true
/// mention.conversion?.unit   // "mi"
/// ```
public struct NumberMention: Sendable, Hashable, Codable {
    /// The value, with scale words applied ("1.5 billion" is 1_500_000_000); the low end of a range.
    public var value: Double
    /// The high end of a range ("10 to 15", "10-15 million"), or nil for a single value.
    public var upperValue: Double?
    /// The number as written, from the currency sign to the unit.
    public var surface: String
    /// The normalised unit symbol ("km", "mi", "kg", "t", "%", "°C", "USD", "EUR"), or nil for a bare count.
    public var unit: String?
    /// The noun the number counts as written, lowercased ("troops", "people", "weeks"), or nil.
    public var counted: String?
    /// Whether the text hedges the number ("about", "over", "up to", "at least", "~", "dozens of").
    public var isApproximate: Bool
    /// The hedge as written, lowercased ("about", "more than"), or nil.
    public var qualifier: String?
    /// The same quantity restated in brackets in another unit ("500 kilometers (311 miles)").
    public var conversion: NumberConversion?
    /// Offset in Unicode scalars of the first scalar of `surface`.
    public var start: Int
    /// Offset in Unicode scalars just past `surface`.
    public var end: Int

    /// Creates a mention.
    public init(
        value: Double, upperValue: Double? = nil, surface: String, unit: String? = nil, counted: String? = nil,
        isApproximate: Bool = false, qualifier: String? = nil, conversion: NumberConversion? = nil,
        start: Int, end: Int
    ) {
        self.value = value
        self.upperValue = upperValue
        self.surface = surface
        self.unit = unit
        self.counted = counted
        self.isApproximate = isApproximate
        self.qualifier = qualifier
        self.conversion = conversion
        self.start = start
        self.end = end
    }

    /// The counted noun reduced for comparison: stemmed, with common synonyms merged ("troops",
    /// "soldiers" and "personnel" all give "troop"), or nil when nothing is counted.
    public var countedKey: String? { counted.map(CountedNoun.key(for:)) }

    /// What the unit measures ("length", "mass", "money", "percent", "temperature"), or nil without a unit.
    public var dimension: String? { unit.map(QuantityUnits.dimension(of:)) }

    /// A key under which two mentions fill the same slot and can be compared: `"unit:<dimension>"` when
    /// there is a unit (so "500 km" meets "311 mi"), else `"count:<countedKey>"` ("700 troops" meets
    /// "700 personnel"), else nil for a bare number.
    public var quantityKey: String? {
        if let dimension { return "unit:" + dimension }
        if let countedKey { return "count:" + countedKey }
        return nil
    }
}

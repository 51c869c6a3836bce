/// One statement quoted by one or more sources, with its wordings.
public struct QuoteGroup: Sendable, Hashable, Codable {
    /// The speaker, unified across articles ("Costa" and "Ana Costa" → "Ana Costa"); `nil` when no
    /// source attributes the statement.
    public var speaker: String?
    /// The wordings, in order of first appearance.
    public var variants: [QuoteVariant]
    /// Index in `variants` of the most common wording, which the others are diffed against.
    public var mainVariantIndex: Int

    /// Creates a group.
    public init(speaker: String?, variants: [QuoteVariant], mainVariantIndex: Int) {
        self.speaker = speaker
        self.variants = variants
        self.mainVariantIndex = mainVariantIndex
    }

    /// The most common wording.
    public var mainVariant: QuoteVariant { variants[mainVariantIndex] }

    /// Ids of every article quoting the statement, in order, without repeats.
    public var articles: [String] {
        var seen: Set<String> = []
        return variants.flatMap(\.articles).filter { seen.insert($0).inserted }
    }
}

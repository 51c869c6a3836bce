/// Why a passage was cut out of an article. Stored and printed by its `rawValue` code.
///
/// A struct rather than an enum so that new reasons never break callers that switch over codes.
public struct RemovalReason: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }

    /// The headline, moved to ``Article/title``.
    public static let title = RemovalReason(rawValue: "title")
    /// A repeated headline or breadcrumb-glued headline.
    public static let duplicateTitle = RemovalReason(rawValue: "duplicate-title")
    /// An author line, moved to ``Article/author``.
    public static let byline = RemovalReason(rawValue: "byline")
    /// A dateline or outlet line ("Kyiv • UNN", "JAKARTA -"), moved to metadata.
    public static let dateline = RemovalReason(rawValue: "dateline")
    /// A line that only states the publication date, moved to ``Article/published``.
    public static let dateLine = RemovalReason(rawValue: "date")
    /// Donation, subscription or membership appeal.
    public static let donationAppeal = RemovalReason(rawValue: "donation-appeal")
    /// "Related:", "SEE ALSO:", "Read also" and the link lists behind them.
    public static let relatedLinks = RemovalReason(rawValue: "related-links")
    /// The headline and opening of another story appended to this one.
    public static let teaser = RemovalReason(rawValue: "teaser")
    /// Photo captions and image credits ("Images source: © …").
    public static let imageCredit = RemovalReason(rawValue: "image-credit")
    /// A notice that the text was machine-translated.
    public static let translationNotice = RemovalReason(rawValue: "translation-notice")
    /// A line of search-engine keywords.
    public static let seoKeywords = RemovalReason(rawValue: "seo-keywords")
    /// Share, follow, newsletter or comment prompts.
    public static let sharePrompt = RemovalReason(rawValue: "share-prompt")
    /// Navigation, breadcrumbs, tag lists.
    public static let navigation = RemovalReason(rawValue: "navigation")
    /// Copyright and legal notices.
    public static let legalNotice = RemovalReason(rawValue: "legal-notice")
    /// A sentence that the same outlet repeats across many of its articles.
    public static let outletBoilerplate = RemovalReason(rawValue: "outlet-boilerplate")
}

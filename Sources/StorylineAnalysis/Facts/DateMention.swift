import StorylineCore

/// A date stated in running text, resolved to the calendar, with its offsets in Unicode scalars and the
/// words that say which event it dates.
///
/// ```swift
/// let reference = PublicationDate(year: 2024, month: 10, day: 15)
/// let mention = DateMentionResolver(reference: reference).dates(in: "He gave an interview on Monday.")[0]
/// mention.date.iso8601   // "2024-10-14"
/// mention.isRelative     // true
/// mention.eventTerms     // ["gave", "interview"]
/// ```
public struct DateMention: Sendable, Hashable, Codable {
    /// The span of time a mention names: what `date` stands for.
    public enum Granularity: String, Sendable, Hashable, Codable {
        /// A time of day on `date` ("Oct 15, 2024 - 12:00").
        case time
        /// The day `date` ("Oct. 13", "yesterday", "on Monday").
        case day
        /// The week (Monday to Sunday) starting on `date` ("last week"); approximate for "three weeks ago".
        case week
        /// The month of `date` ("in July", "last month"; `date.precision` is `.month`).
        case month
        /// The year of `date` ("in 2026", "next year"; `date.precision` is `.year`).
        case year
    }

    /// The date, as precise as the text gives it; the first day of the week for a week.
    public var date: PublicationDate
    /// What span of time `date` stands for.
    public var granularity: Granularity
    /// The date as written ("Oct.\n14", "last week", "Monday", "two days ago").
    public var surface: String
    /// Offset in Unicode scalars of the first scalar of `surface`.
    public var start: Int
    /// Offset in Unicode scalars just past `surface`.
    public var end: Int
    /// Whether the text names the date only relative to when it was written ("yesterday", "on Monday",
    /// "last month", "two days ago"), so it was resolved against the reference date. A month or day
    /// without a year ("in July", "Oct. 13") is not relative; see ``isYearInferred``.
    public var isRelative: Bool
    /// Whether the year came from the reference date rather than the text ("Oct. 13", "in July").
    public var isYearInferred: Bool
    /// Lowercased stems of the content words just before the date in its clause, nearest last, at most
    /// six ("interview", "visit", "elect"): they tell which event the date belongs to.
    public var eventTerms: [String]

    /// Creates a mention.
    public init(
        date: PublicationDate, granularity: Granularity, surface: String, start: Int, end: Int, isRelative: Bool,
        isYearInferred: Bool = false, eventTerms: [String] = []
    ) {
        self.date = date
        self.granularity = granularity
        self.surface = surface
        self.start = start
        self.end = end
        self.isRelative = isRelative
        self.isYearInferred = isYearInferred
        self.eventTerms = eventTerms
    }
}

import StorylineCore

/// A date found in running text, with its offsets in Unicode scalars.
public struct DateMatch: Sendable, Hashable {
    public var date: PublicationDate
    public var start: Int
    public var end: Int

    public init(date: PublicationDate, start: Int, end: Int) {
        self.date = date
        self.start = start
        self.end = end
    }
}

/// Finds dates written the ways news pages write them. (Contract placeholder; implementation pending.)
public struct DateTextParser: Sendable {
    public init() {}

    /// The first date in `text`; a date without a year takes `referenceYear`.
    public func firstDate(in text: String, referenceYear: Int? = nil) -> DateMatch? {
        nil
    }
}

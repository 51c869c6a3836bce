import StorylineCore

/// A date found in running text, with its offsets in Unicode scalars.
///
/// `start` and `end` (exclusive) delimit the whole written date, including a weekday before it and a
/// time of day and zone after it ("Tuesday, 15 October 2024 at 10:12 CET").
public struct DateMatch: Sendable, Hashable {
    /// The date as precise as the text gave it (`.day`, `.minute` or `.second`; `.month` for "October 2024").
    public var date: PublicationDate
    /// Offset in Unicode scalars of the first scalar of the match.
    public var start: Int
    /// Offset in Unicode scalars just past the match.
    public var end: Int

    /// Creates a match.
    public init(date: PublicationDate, start: Int, end: Int) {
        self.date = date
        self.start = start
        self.end = end
    }
}

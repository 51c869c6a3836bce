/// A passage that cleaning cut out of an article's original text, with the reason it was cut.
///
/// `start` and `end` are offsets in Unicode scalars into ``Article/original``; `end` is exclusive.
public struct RemovedSegment: Sendable, Hashable, Codable {
    /// The text that was cut, exactly as it stood in the original.
    public var text: String
    public var reason: RemovalReason
    public var start: Int
    public var end: Int

    public init(text: String, reason: RemovalReason, start: Int, end: Int) {
        self.text = text
        self.reason = reason
        self.start = start
        self.end = end
    }
}

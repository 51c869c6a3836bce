/// A piece of a text with its position: `start` and `end` (exclusive) are offsets in Unicode scalars.
public struct TextSpan: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Two stories that converged and became one; `absorbed`'s articles now belong to `kept`.
public struct StoryMerge: Sendable, Hashable, Codable {
    public var kept: String
    public var absorbed: String
    public var similarity: Double
}

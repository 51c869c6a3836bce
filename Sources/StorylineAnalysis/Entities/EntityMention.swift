/// One occurrence of a name in a text.
///
/// `start` and `end` (exclusive) are Unicode-scalar offsets of `name` in the text it was found in, so
/// `Array(text.unicodeScalars)[start..<end]` spells `name`. Titles written before a person's name or
/// apposed to it are not part of `name`; they are kept in `role`.
///
/// ```swift
/// // "Foreign Minister Ana Costa said …"
/// EntityMention(name: "Ana Costa", kind: .person, start: 17, end: 26, role: "Foreign Minister")
/// ```
public struct EntityMention: Sendable, Hashable, Codable {
    /// The name as written, without a title and without a possessive "'s".
    public var name: String
    /// What the name refers to.
    public var kind: EntityKind
    /// Offset of the first scalar of `name`.
    public var start: Int
    /// Offset after the last scalar of `name`.
    public var end: Int
    /// A title written right before a person's name or apposed to it ("Secretary General",
    /// "prime minister of Norway"); `nil` when there is none.
    public var role: String?

    /// Creates a mention.
    public init(name: String, kind: EntityKind, start: Int, end: Int, role: String? = nil) {
        self.name = name
        self.kind = kind
        self.start = start
        self.end = end
        self.role = role
    }
}

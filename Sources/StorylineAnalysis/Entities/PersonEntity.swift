/// One person of a text, with every mention that refers to them.
public struct PersonEntity: Sendable, Hashable, Codable {
    /// The canonical name: the longest full form that shares the surname ("Ana Costa" for "Costa").
    public var name: String
    /// The roles the person is introduced with, in order of appearance, without repeats.
    public var roles: [String]
    /// The mentions of the person, in order.
    public var mentions: [EntityMention]

    /// Creates a person entity.
    public init(name: String, roles: [String] = [], mentions: [EntityMention] = []) {
        self.name = name
        self.roles = roles
        self.mentions = mentions
    }
}

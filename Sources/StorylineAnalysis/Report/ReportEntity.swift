/// A person, organisation or place the story mentions, with the sources that mention it.
public struct ReportEntity: Sendable, Hashable, Codable {
    public var name: String
    /// `person`, `organization`, `place` or `other`.
    public var kind: String
    public var articles: [String]
    /// Other spellings and forms seen ("Rutte" for a full name, an acronym's expansion).
    public var variants: [String]
    /// Roles and titles the sources give a person.
    public var roles: [String]

    public init(name: String, kind: String, articles: [String], variants: [String] = [], roles: [String] = []) {
        self.name = name
        self.kind = kind
        self.articles = articles
        self.variants = variants
        self.roles = roles
    }
}

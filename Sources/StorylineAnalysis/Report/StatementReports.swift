/// A statement carried by two or more sources, with each source's wording.
public struct CommonStatement: Sendable, Hashable, Codable {
    /// The representative wording (the most central one).
    public var text: String
    /// Ids of the articles that carry the statement.
    public var articles: [String]
    /// Each source's wording, at its exact place.
    public var passages: [Passage]

    public init(text: String, articles: [String], passages: [Passage]) {
        self.text = text
        self.articles = articles
        self.passages = passages
    }
}

/// A sentence only one source carries.
public struct UniqueStatement: Sendable, Hashable, Codable {
    public var article: String
    public var text: String
    public var start: Int
    public var end: Int

    public init(article: String, text: String, start: Int, end: Int) {
        self.article = article
        self.text = text
        self.start = start
        self.end = end
    }
}

/// What one source leaves out of the common core: statements most other sources carry.
public struct Omission: Sendable, Hashable, Codable {
    public var article: String
    /// The representative wordings of the statements it does not carry.
    public var missing: [String]

    public init(article: String, missing: [String]) {
        self.article = article
        self.missing = missing
    }
}

/// Articles that copy each other, ordered as a copy chain.
public struct DuplicateGroup: Sendable, Hashable, Codable {
    /// One article of the chain and where it comes from.
    public struct Link: Sendable, Hashable, Codable {
        public var article: String
        /// The earlier article it is most similar to; nil for the origin.
        public var derivedFrom: String?
        /// Verified Jaccard similarity to `derivedFrom` (1 for the origin).
        public var similarity: Double
        /// Verified Jaccard similarity to the origin, when it was measured.
        public var similarityToOrigin: Double?
        public var kind: DuplicateKind?

        public init(
            article: String, derivedFrom: String?, similarity: Double, similarityToOrigin: Double?, kind: DuplicateKind?
        ) {
            self.article = article
            self.derivedFrom = derivedFrom
            self.similarity = similarity
            self.similarityToOrigin = similarityToOrigin
            self.kind = kind
        }
    }

    /// The earliest published article: the origin of the chain.
    public var origin: String
    /// The origin first, then the others in publication order.
    public var links: [Link]
    /// The closest relation in the group.
    public var kind: DuplicateKind

    public init(origin: String, links: [Link], kind: DuplicateKind) {
        self.origin = origin
        self.links = links
        self.kind = kind
    }
}

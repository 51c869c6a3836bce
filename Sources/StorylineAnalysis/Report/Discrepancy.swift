/// Sources that give different values for the same slot: the day something happened, a count, the
/// spelling of a name, a person's role, the wording of a quote.
public struct Discrepancy: Sendable, Hashable, Codable {
    /// What kind of value disagrees.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case date, number, name, role, quote
    }

    /// One value and who gives it.
    public struct Value: Sendable, Hashable, Codable {
        public var value: String
        public var articles: [String]
        /// The passages that state the value.
        public var evidence: [Passage]
        /// How the sources wrote it ("Monday", "Oct. 13"), when that differs from `value`.
        public var written: [String]

        public init(value: String, articles: [String], evidence: [Passage], written: [String] = []) {
            self.value = value
            self.articles = articles
            self.evidence = evidence
            self.written = written
        }
    }

    public var kind: Kind
    /// What the values are about ("interview", "NSATU", "troops", a speaker's quote …).
    public var subject: String
    public var values: [Value]

    public init(kind: Kind, subject: String, values: [Value]) {
        self.kind = kind
        self.subject = subject
        self.values = values
    }
}

/// One article of the benchmark corpus, with the labels that say how it was made.
struct SyntheticArticle: Sendable {
    /// How an article was made from the real sentences.
    enum Variant: String, Sendable, CaseIterable {
        /// A new recombination of sentences: the first article of its story.
        case original
        /// The source's text unchanged (syndication).
        case exact
        /// The source with light edits: a few words changed, a sentence dropped, a dateline or boilerplate.
        case near
        /// The source with half its sentences replaced by others.
        case heavy
    }

    var number: Int
    var title: String
    var outlet: String
    /// Seconds after 2024-01-01T00:00:00Z.
    var published: Int
    var language: String
    /// Sentences grouped into paragraphs.
    var paragraphs: [[String]]
    /// The number of the original article this one's story started with.
    var story: Int
    /// The article this one was copied from; nil for originals.
    var duplicateOf: Int?
    var variant: Variant

    var id: String { Self.id(number) }

    /// The body: sentences joined by a space, paragraphs by a blank line.
    var text: String { paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n") }

    /// `syn-0000042`: fixed width, so ids sort in generation order.
    static func id(_ number: Int) -> String {
        let digits = String(number)
        return "syn-" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// One line of the project's article JSON Lines format, plus `story`, `dup_of` and `variant`.
    func jsonLine() -> String {
        var line = "{\"id\":\"\(id)\""
        let slug = String(outlet.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        line += ",\"url\":\"https://\(slug).example/news/\(id)\""
        line += ",\"title\":" + JSONString.quoted(title)
        line += ",\"outlet\":" + JSONString.quoted(outlet)
        line += ",\"published\":\"" + ISO8601Seconds.format(secondsSince2024: published) + "\""
        line += ",\"language\":\"\(language)\""
        line += ",\"text\":" + JSONString.quoted(text)
        line += ",\"story\":\"story-\(Self.id(story).dropFirst(4))\""
        if let duplicateOf { line += ",\"dup_of\":\"\(Self.id(duplicateOf))\"" }
        line += ",\"variant\":\"\(variant.rawValue)\"}"
        return line
    }
}

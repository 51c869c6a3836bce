import StorylineText

/// Rule-based named-entity recognition for English news.
///
/// Names are runs of capitalised words (with particles such as "van" or "bin", "of" after words like
/// "Bank", hyphens, apostrophes and initials) and all-caps acronyms. A capitalised function word at
/// the start of a sentence does not count. Titles are cut off into ``EntityMention/role``
/// ("Defense Minister Ana Costa", "party spokesperson Li Wei", "Costa, the foreign minister,").
/// "Long Name (ACR)" definitions give both mentions and an ``AcronymDefinition``.
///
/// Kinds come from general rules in this order: news outlets and organisation words ("Party",
/// "Ministry", "Bank", "Radio" …) and acronyms → organisation; the gazetteer of countries, capitals and
/// major cities → place; a title, a common given name or a speech verb next to the name → person; a
/// word that appears alone as the last word of a person's name → person; "in/at/near/from X" → place.
///
/// ```swift
/// let mentions = EntityRecognizer().mentions(in: "Foreign Minister Ana Costa said in Lisbon …")
/// // [Ana Costa (person, role "Foreign Minister"), Lisbon (place)]
/// ```
public struct EntityRecognizer: Sendable, Hashable {
    /// Creates a recogniser.
    public init() {}

    /// The named mentions of `text` in order of their offsets (Unicode scalars, end exclusive).
    /// Complexity: O(n) in the length of the text, plus O(m²) in the number of distinct names.
    public func mentions(in text: String) -> [EntityMention] {
        let scalars = Array(text.unicodeScalars)
        let words = Self.words(in: text, scalars: scalars)
        return EntityMentionBuilder(scalars: scalars, words: words).mentions()
    }

    /// The "Long Name (ACR)" definitions of `text`, in order.
    public func acronyms(in text: String) -> [AcronymDefinition] {
        let scalars = Array(text.unicodeScalars)
        return AcronymFinder(scalars: scalars, words: Self.words(in: text, scalars: scalars)).definitions()
    }

    static func words(in text: String, scalars: [Unicode.Scalar]) -> [NameWord] {
        let starts = Set(SentenceSplitter().sentences(in: text).map(\.start))
        return NameWordScanner.words(in: scalars, sentenceStarts: starts)
    }
}

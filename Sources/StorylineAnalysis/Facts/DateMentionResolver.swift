import StorylineText
import StorylineCore
import StorylineExtract

/// Finds the dates a news text states and resolves them to the calendar against a reference date,
/// usually the article's publication date.
///
/// Reads written dates in many formats and languages through `DateTextParser` ("Oct. 13",
/// "October 15th", "13th of October", "14 October", "2024-10-15", a line break inside "Oct.\n14"), a
/// year alone after a date word ("in 2026", "from 2010 to 2024"), a month alone ("in July": the
/// reference year, or the year before when that month would lie more than two months ahead), and
/// relative dates: "today", "yesterday", "tomorrow", weekdays ("on Monday": the latest Monday on or
/// before the reference in a past-tense clause, the next one in a future one; "last Monday", "next
/// Monday", "this coming Monday"), "last week", "this month", "next year", "earlier this month",
/// "two days ago", "three weeks ago".
///
/// Without a reference, relative dates and month-days without a year are skipped. A weekday written
/// before a date of another weekday ("on Monday., October 15th" when the 15th is a Tuesday) gives two
/// mentions, since the text states both.
///
/// ```swift
/// let resolver = DateMentionResolver(reference: PublicationDate(year: 2024, month: 10, day: 15))
/// resolver.dates(in: "He spoke yesterday; the base opens in 2026.").map(\.date.iso8601)
/// // ["2024-10-14", "2026"]
/// ```
/// Complexity: O(n) in the length of the text.
public struct DateMentionResolver: Sendable {
    /// The date relative mentions are resolved against; nil skips them.
    public var reference: PublicationDate?

    /// Creates a resolver for texts written on `reference`.
    public init(reference: PublicationDate?) {
        self.reference = reference
    }

    /// The dates in `text`, in order and without overlaps, with offsets in Unicode scalars.
    public func dates(in text: String) -> [DateMention] {
        let tokens = ScalarRunTokenizer.tokens(of: text)
        return dates(
            scalars: Array(text.unicodeScalars), tokens: tokens, context: FactContext(text: text),
            written: DateTextParser().allDates(in: tokens, referenceYear: reference?.year))
    }

    /// The dates of a text the caller already split, tokenised and ran `DateTextParser` on (with
    /// this resolver's reference year).
    func dates(scalars: [Unicode.Scalar], tokens: [ScalarRun], context: FactContext, written: [DateMatch])
        -> [DateMention]
    {
        let sentenceRange = Self.sentenceRanges(of: tokens, in: context)
        let absolute = absoluteDates(written, scalars: scalars)
        var taken = [Bool](repeating: false, count: tokens.count)
        var cursor = 0
        for (index, token) in tokens.enumerated() {
            while cursor < absolute.count, absolute[cursor].end <= token.start { cursor += 1 }
            if cursor < absolute.count, absolute[cursor].start < token.end { taken[index] = true }
        }
        let reader = RelativeDateReader(
            tokens: tokens, scalars: scalars, reference: reference, taken: taken, sentenceRange: sentenceRange)
        var mentions = (absolute + reader.mentions()).sorted { $0.start < $1.start }
        addEventTerms(to: &mentions, tokens: tokens, scalars: scalars, sentenceRange: sentenceRange)
        return mentions
    }

    /// For each token, the token range of the sentence holding it.
    private static func sentenceRanges(of tokens: [ScalarRun], in context: FactContext) -> [Range<Int>] {
        var ranges = [Range<Int>](repeating: 0..<0, count: tokens.count)
        var first = 0
        var sentence = context.sentenceIndex(containing: tokens.first?.start ?? 0)
        for index in tokens.indices {
            let current = context.sentenceIndex(containing: tokens[index].start)
            if current != sentence {
                for member in first..<index { ranges[member] = first..<index }
                first = index
                sentence = current
            }
        }
        for member in first..<tokens.count { ranges[member] = first..<tokens.count }
        return ranges
    }

    /// Event terms for each mention from the words before it in its clause; a date right after another
    /// one, with only punctuation between ("Monday., October 15th"), shares the first one's terms.
    private func addEventTerms(
        to mentions: inout [DateMention], tokens: [ScalarRun], scalars: [Unicode.Scalar], sentenceRange: [Range<Int>]
    ) {
        var tokenIndex = 0
        for index in mentions.indices {
            while tokenIndex < tokens.count, tokens[tokenIndex].start < mentions[index].start { tokenIndex += 1 }
            guard tokenIndex < tokens.count else { break }
            var terms = EventTerms.terms(
                tokens, before: tokenIndex, clauseStart: sentenceRange[tokenIndex].lowerBound)
            if terms.isEmpty, index > 0, mentions[index - 1].end <= mentions[index].start,
                tokens[sentenceRange[tokenIndex].lowerBound].start <= mentions[index - 1].start,
                scalars[mentions[index - 1].end..<mentions[index].start].allSatisfy({
                    !$0.properties.isAlphabetic && !("0"..."9").contains($0)
                })
            {
                terms = mentions[index - 1].eventTerms
            }
            mentions[index].eventTerms = terms
        }
    }
}

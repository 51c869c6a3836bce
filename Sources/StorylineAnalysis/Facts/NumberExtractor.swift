import StorylineText
import StorylineExtract

/// Finds the numbers a news text states, with their units, what they count and how hedged they are.
///
/// Reads digits with separators ("3,000", "3 000", European "3.000" and "1,5", "1.5"), scale words
/// ("1.5 billion", "20 mln", "$1.5bn", "€20m", "20k"), spelled-out numbers ("twenty-five", "two hundred",
/// "a dozen", "dozens of"), currencies ("$", "€", "£", "US$", "USD", "euros"), percentages, units of
/// length, mass, area, speed, temperature, volume and power, ranges ("10 to 15", "10-15",
/// "between 10 and 15") and conversions in brackets ("500 kilometers (311 miles)"). Hedges before a
/// number ("about", "over", "more than", "up to", "at least", "~") or glued after it ("60+") set
/// ``NumberMention/isApproximate``.
///
/// Skips what only looks like a number: years ("in 2026", "from 2010 to 2024", "the 2024 election"),
/// written dates ("Oct. 13", "15 October 2024") and times ("10:12", "3 p.m."), ordinals ("15th"),
/// identifiers ("F-16", "G7", "Article 5"), phone numbers and versions ("202-555-0100", "1.2.3").
/// Ordinal words ("first", "second") are not numbers here.
///
/// ```swift
/// let mentions = NumberExtractor().numbers(in: "The mission will have around 700 troops.")
/// mentions[0].value          // 700
/// mentions[0].counted        // "troops"
/// mentions[0].qualifier      // "around"
/// ```
/// Complexity: O(n) in the length of the text.
public struct NumberExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The numbers stated in `text`, in order, with offsets in Unicode scalars.
    public func numbers(in text: String) -> [NumberMention] {
        // Any year will do: it only lets "Oct. 13" be recognised, and so skipped, without one.
        let tokens = ScalarRunTokenizer.tokens(of: text)
        return numbers(
            tokens: tokens, scalars: Array(text.unicodeScalars),
            dates: DateTextParser().allDates(in: tokens, referenceYear: 2000))
    }

    /// The numbers of a text the caller already tokenised, given the spans of its written dates
    /// (read with some reference year, so that dates without one are found and skipped).
    func numbers(tokens: [ScalarRun], scalars: [Unicode.Scalar], dates: [DateMatch]) -> [NumberMention] {
        var inDate = [Bool](repeating: false, count: tokens.count)
        var dateIndex = 0
        for (index, token) in tokens.enumerated() {
            while dateIndex < dates.count, dates[dateIndex].end <= token.start { dateIndex += 1 }
            if dateIndex < dates.count, dates[dateIndex].start < token.end { inDate[index] = true }
        }
        let scanner = NumberScanner(tokens: tokens, scalars: scalars, inDate: inDate)
        return scanner.mentions()
    }
}

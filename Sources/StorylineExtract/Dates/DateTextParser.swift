import StorylineText
import StorylineCore

/// Finds dates written the ways news pages write them, in many languages.
///
/// Reads ISO dates and date-times ("2024-10-15", "2024-10-15T10:12:00+02:00"), numeric dates
/// ("15.10.2024", "2024/10/15", "10/15/2024"), dates with month names in English, German, French,
/// Spanish, Italian, Portuguese, Dutch, Polish, Ukrainian, Russian, Turkish and Indonesian ("Oct 15,
/// 2024", "15 października 2024", "15 октября 2024 г."), an optional weekday before the date and an
/// optional time after it ("Tuesday, 15 October 2024 at 10:12 CET", "Oct. 15, 2024, 3:45 p.m. ET").
/// A date without a year ("Oct. 14") takes `referenceYear`, or is skipped when there is none.
///
/// ```swift
/// let match = DateTextParser().firstDate(in: "Oct 15, 2024 - 12:00")
/// match?.date.iso8601  // "2024-10-15T12:00"
/// ```
/// Complexity: O(n) in the length of the text.
public struct DateTextParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The first date in `text`; a date without a year takes `referenceYear`.
    public func firstDate(in text: String, referenceYear: Int? = nil) -> DateMatch? {
        dates(in: text, referenceYear: referenceYear, limit: 1).first
    }

    /// All dates in `text`, in order and without overlaps; a date without a year takes `referenceYear`.
    public func allDates(in text: String, referenceYear: Int? = nil) -> [DateMatch] {
        dates(in: text, referenceYear: referenceYear, limit: .max)
    }

    /// All dates in text already split by ``ScalarRunTokenizer`` (callers that read the same tokens for
    /// other facts tokenise once).
    public func allDates(in tokens: [ScalarRun], referenceYear: Int? = nil) -> [DateMatch] {
        dates(in: tokens, referenceYear: referenceYear, limit: .max)
    }

    private func dates(in text: String, referenceYear: Int?, limit: Int) -> [DateMatch] {
        dates(in: ScalarRunTokenizer.tokens(of: text), referenceYear: referenceYear, limit: limit)
    }

    private func dates(in tokens: [ScalarRun], referenceYear: Int?, limit: Int) -> [DateMatch] {
        let grammar = DateGrammar(tokens: tokens, referenceYear: referenceYear)
        var result: [DateMatch] = []
        var index = 0
        while index < tokens.count, result.count < limit {
            if tokens[index].kind != .symbol, let (date, end) = grammar.match(at: index) {
                result.append(DateMatch(date: date, start: tokens[index].start, end: tokens[end - 1].end))
                index = end
            } else {
                index += 1
            }
        }
        return result
    }
}

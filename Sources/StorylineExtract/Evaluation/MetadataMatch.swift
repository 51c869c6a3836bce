import Foundation

import StorylineCore

/// How extracted metadata is judged against gold values, the same way for every extractor.
///
/// - Title: equal after case folding, with punctuation and white space ignored.
/// - Author: the same set of names, each compared like a title; names are split at `,`, `;`, `&`,
///   `|`, " and " and " und " (a gold "A and B" matches a predicted "A, B").
/// - Date: the same calendar day (`YYYY-MM-DD`) as written in the page; time and zone are ignored.
public enum MetadataMatch {
    public static func title(gold: String, predicted: String?) -> Bool {
        guard let predicted else { return false }
        let key = comparable(predicted)
        return !key.isEmpty && key == comparable(gold)
    }

    public static func author(gold: String, predicted: String?) -> Bool {
        guard let predicted else { return false }
        let goldNames = names(gold)
        return !goldNames.isEmpty && goldNames == names(predicted)
    }

    public static func date(gold: String, predicted: String?) -> Bool {
        guard let predicted, let goldDay = day(gold) else { return false }
        return day(predicted) == goldDay
    }

    /// The `YYYY-MM-DD` part of an ISO 8601 date or date-time.
    static func day(_ value: String) -> String? {
        let trimmed = value.trimmingWhitespace()
        guard let date = PublicationDate(iso8601: trimmed), date.precision >= .day else {
            let prefix = trimmed.prefix(10)
            return prefix.count == 10 ? String(prefix) : nil
        }
        return String(date.iso8601.prefix(10))
    }

    static func comparable(_ text: String) -> String {
        ExtractionTokenizer.words(text).map { $0.lowercased() }.joined(separator: " ")
    }

    static func names(_ text: String) -> Set<String> {
        var parts = [text]
        for separator in [",", ";", "&", "|", " and ", " und ", " et ", " y "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return Set(parts.map(comparable).filter { !$0.isEmpty })
    }
}

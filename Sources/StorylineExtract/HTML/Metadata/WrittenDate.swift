import StorylineCore

/// A date a page shows to its readers, with what is known about where it stands.
struct WrittenDate {
    /// Where a written date was found, from the most deliberate place to the most incidental.
    enum Source: Int, Comparable {
        /// Dates in markup made for them (`<time>`, a `date` class) rank before dates read from text.
        var isMarkup: Bool { self == .time || self == .mark }

        /// A `<time>` element.
        case time
        /// An element whose class or id speaks of a date (`date`, `published`, `byline` …).
        case mark
        /// A byline ("By Maria Lopez, Oct 15, 2024").
        case byline
        /// A text node that is a date and little else.
        case dateText
        /// The text right after the headline.
        case headline
        /// The first text of the content or the `<article>`.
        case opening
        /// The text right before the headline.
        case beforeHeadline

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var date: PublicationDate
    var source: Source
    /// The walk order of the element it came from (the headline's own order for ``Source/headline``).
    var order: Int
    /// Inside the extracted content or the `<article>`, or shortly after (or before) the headline.
    var isNearHeadline: Bool
    /// Introduced or marked as a modification ("Updated …", class `updated`).
    var isUpdate: Bool
    /// Introduced as the publication ("Published …", "Posted on …").
    var isPublication: Bool
}

extension WrittenDate {
    /// The dates in `text` that `accept` takes, each with what its preceding words say of it; `before` is
    /// the text that stood before `text` on the page (a label such as "Updated on").
    static func dates(
        in text: String, before: String?, referenceYear: Int?, accept: (PublicationDate) -> Bool
    ) -> [(date: PublicationDate, isUpdate: Bool, isPublication: Bool)] {
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return [] }
        let matches = DateTextParser().allDates(in: text, referenceYear: referenceYear)
        guard !matches.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [(PublicationDate, Bool, Bool)] = []
        var previousEnd = 0
        for match in matches {
            defer { previousEnd = match.end }
            guard accept(match.date) else { continue }
            // The cue words sit between the previous date and this one, at most 40 scalars back.
            let start = max(previousEnd, match.start - 40)
            var cue = String(String.UnicodeScalarView(scalars[start..<match.start]))
            if previousEnd == 0, let before, cue.allSatisfy({ $0.isWhitespace || $0.isPunctuation }) {
                cue = before + " " + cue
            }
            result.append((match.date, DateCues.introducesUpdate(cue), DateCues.introducesPublication(cue)))
        }
        return result
    }
}

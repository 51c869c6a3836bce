import StorylineCore

/// Reads a plain-text article with no metadata: finds the headline, the date, the author and the outlet
/// in the lines around it, and records those lines as removals.
///
/// `original` is the input exactly as given; every removal points into it with offsets in Unicode scalars.
///
/// ```swift
/// let draft = PlainTextReader().read("Rutte: NATO will stand firm\n\nOct 15, 2024 - 12:00\n\nNATO …")
/// draft.title      // "Rutte: NATO will stand firm"
/// draft.published  // 2024-10-15T12:00
/// ```
public struct PlainTextReader: Sendable {
    /// The year given to dates without one when the text itself names no year.
    public var referenceYear: Int?
    /// How many non-empty lines after the headline are searched for date, author and outlet lines.
    public var headerLines: Int

    /// Creates a reader.
    public init(referenceYear: Int? = nil, headerLines: Int = 8) {
        self.referenceYear = referenceYear
        self.headerLines = headerLines
    }

    /// Reads `text` into a draft with title, date, author, outlet and the removals that held them.
    public func read(_ text: String) -> DocumentDraft {
        var draft = DocumentDraft(original: text)
        var state = ReaderState(text: text, lines: TextLine.lines(of: text))
        guard !state.lines.isEmpty else { return draft }
        let contextYear = yearInContext(of: text)
        let classifier = HeaderLineClassifier(referenceYear: contextYear)

        let bodyStart = readTitle(&state, &draft, classifier: classifier)
        readHeader(&state, &draft, from: bodyStart, classifier: classifier)
        readDatelinePrefix(&state, &draft)
        if draft.published == nil {
            draft.published = publicationDateInSentences(state, contextYear: contextYear)
        }
        draft.removals = state.removals.sorted { $0.start < $1.start }
        return draft
    }

    /// The year dates without one belong to: the reader's, or the most frequent year of full dates in the text.
    private func yearInContext(of text: String) -> Int? {
        if let referenceYear { return referenceYear }
        var counts: [Int: Int] = [:]
        for match in DateTextParser().allDates(in: text) where match.date.precision >= .day {
            counts[match.date.year, default: 0] += 1
        }
        return counts.max { $0.value < $1.value || $0.value == $1.value && $0.key < $1.key }?.key
    }
}

/// The lines of the text and what has been taken from them so far.
struct ReaderState {
    let text: String
    let lines: [TextLine]
    var removals: [RemovedSegment] = []
    var removedLines: Set<Int> = []
    private let scalars: [Unicode.Scalar]

    init(text: String, lines: [TextLine]) {
        self.text = text
        self.lines = lines
        self.scalars = Array(text.unicodeScalars)
    }

    func slice(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }

    mutating func remove(line index: Int, reason: RemovalReason) {
        let line = lines[index]
        remove(start: line.start, end: line.end, reason: reason)
        removedLines.insert(index)
    }

    mutating func remove(start: Int, end: Int, reason: RemovalReason) {
        guard start < end else { return }
        removals.append(RemovedSegment(text: slice(start, end), reason: reason, start: start, end: end))
    }
}

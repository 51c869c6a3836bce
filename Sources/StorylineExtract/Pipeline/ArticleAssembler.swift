import StorylineCore
import StorylineText

/// Builds the final ``Article`` from a cleaned draft: cuts the removals out of the original, tidies
/// the white space left behind, identifies the language and derives the id.
public struct ArticleAssembler: Sendable {
    private let languageIdentifier = LanguageIdentifier()
    private let normalizer = TextNormalizer()
    private let sentenceSplitter = SentenceSplitter()
    /// A title derived from the lead sentence is cut to at most this many characters.
    static let derivedTitleLength = 110

    public init() {}

    /// The article for `draft`, read from the input whose stable origin key is `sourceKey`.
    ///
    /// - Parameters:
    ///   - source: what the article's `source` field shows: the URL or file path.
    ///   - sourceKey: the origin used in a derived id (the article URL wins over it when known).
    public func assemble(_ draft: DocumentDraft, source: String, sourceKey: String) -> Article {
        let original = Array(draft.original.unicodeScalars)
        let removed = Self.normalizedRemovals(draft.removals, in: original)
        var kept = String.UnicodeScalarView()
        var position = 0
        for segment in removed {
            kept.append(contentsOf: original[position..<segment.start])
            // A cut inside a line leaves one space; a cut of whole lines leaves a line break.
            kept.append(" ")
            position = segment.end
        }
        kept.append(contentsOf: original[position...])
        let text = Self.tidy(String(kept))
        let language = draft.language ?? languageIdentifier.identify(text)?.code
        let key = draft.url ?? sourceKey
        let id = draft.id ?? ArticleIdentity.id(normalizedContent: normalizer.normalize(text), source: key)
        let title = draft.title ?? derivedTitle(from: text)
        return Article(
            id: id, source: source, url: draft.url, title: title, outlet: draft.outlet, author: draft.author,
            published: draft.published, language: language, text: text, removed: removed, original: draft.original
        )
    }

    /// For a text with no headline: its first sentence, cut at a word boundary when it is long.
    func derivedTitle(from text: String) -> String? {
        guard let first = sentenceSplitter.sentences(in: text).first?.text else { return nil }
        guard first.count > Self.derivedTitleLength else { return first }
        let cut = first.prefix(Self.derivedTitleLength)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord).trimmingWhitespace() + "…"
    }

    /// Removals sorted, clamped to the text, with overlapping ones merged (the earlier reason wins)
    /// and each segment's text re-read from the original so that text and offsets always agree.
    static func normalizedRemovals(_ removals: [RemovedSegment], in original: [Unicode.Scalar]) -> [RemovedSegment] {
        let sorted = removals.map { segment -> RemovedSegment in
            var copy = segment
            copy.start = max(0, min(segment.start, original.count))
            copy.end = max(copy.start, min(segment.end, original.count))
            return copy
        }.filter { $0.end > $0.start }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var merged: [RemovedSegment] = []
        for segment in sorted {
            if var last = merged.last, segment.start < last.end {
                last.end = max(last.end, segment.end)
                merged[merged.count - 1] = last
            } else {
                merged.append(segment)
            }
        }
        return merged.map { segment in
            var copy = segment
            copy.text = String(String.UnicodeScalarView(original[segment.start..<segment.end]))
            return copy
        }
    }

    /// Trims every line, drops runs of spaces, and leaves at most one blank line between paragraphs.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = collapseSpaces(rawLine)
            if line.isEmpty {
                blank = !lines.isEmpty
                continue
            }
            if blank { lines.append("") }
            blank = false
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static func collapseSpaces(_ line: Substring) -> Substring {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return Substring(String(result))
    }
}

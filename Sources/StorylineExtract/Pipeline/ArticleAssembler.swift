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
        let scalarIndices = Array(draft.original.unicodeScalars.indices) + [draft.original.endIndex]
        let removed = Self.normalizedRemovals(draft.removals, in: draft.original, indices: scalarIndices)
        var kept = ""
        kept.reserveCapacity(draft.original.utf8.count)
        var position = 0
        for segment in removed {
            kept += Substring(draft.original.unicodeScalars[scalarIndices[position]..<scalarIndices[segment.start]])
            // A cut leaves one space; tidying drops it at a line's ends.
            kept += " "
            position = segment.end
        }
        kept += Substring(draft.original.unicodeScalars[scalarIndices[position]...])
        let text = Self.tidy(kept)
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
    ///
    /// - Parameter indices: the string index of every scalar of `original`, plus its end index.
    static func normalizedRemovals(
        _ removals: [RemovedSegment], in original: String, indices: [String.Index]
    ) -> [RemovedSegment] {
        let count = indices.count - 1
        let sorted = removals.map { segment -> RemovedSegment in
            var copy = segment
            copy.start = max(0, min(segment.start, count))
            copy.end = max(copy.start, min(segment.end, count))
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
            copy.text = String(original.unicodeScalars[indices[segment.start]..<indices[segment.end]])
            return copy
        }
    }

    /// Trims every line, drops runs of spaces and tabs, and leaves at most one blank line between
    /// paragraphs. Works on UTF-8 bytes: only ASCII space, tab, CR and NBSP (C2 A0) count as spaces.
    static func tidy(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var pendingNewlines = 0
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                pendingSpace = true
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
            } else if byte == 0x0A {
                pendingSpace = false
                pendingNewlines += 1
                index += 1
            } else {
                if !output.isEmpty {
                    if pendingNewlines > 0 {
                        output.append(0x0A)
                        if pendingNewlines > 1 { output.append(0x0A) }
                    } else if pendingSpace {
                        output.append(0x20)
                    }
                }
                pendingSpace = false
                pendingNewlines = 0
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

import StorylineCore

/// Reads one HTML page into a ``DocumentDraft``: the main text as `original`, and the metadata found.
///
/// Takes bytes (`[UInt8]`) rather than `Data` so the extraction path needs no Foundation; pass
/// `Array(data)` from a `Data`. The title is not cut from the start of the text: the cleaner does that
/// and records it as a removed segment.
///
/// ```swift
/// let draft = try HTMLArticleReader().read(bytes, url: "https://example.com/a", file: "a.html")
/// draft.title      // "Ministers agree on grain corridor"
/// draft.original   // "KYIV — Ministers from …\n\nThe agreement …"
/// ```
public struct HTMLArticleReader: Sendable {
    /// Encoding to assume when the caller knows it (e.g. from HTTP headers); nil sniffs it.
    public var encoding: String?
    let contentExtractor = HTMLContentExtractor()
    let metadataExtractor = HTMLMetadataExtractor()

    /// A reader that sniffs each page's encoding.
    public init(encoding: String? = nil) {
        self.encoding = encoding
    }

    /// The draft for the page in `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: the page as received.
    ///   - url: where the page came from, if known; the canonical URL found in the page wins.
    ///   - file: the file name, used only in error messages.
    /// - Throws: ``InputError`` `.emptyInput` for an empty or blank page, `.malformedHTML` when the page
    ///   parses but holds no text at all.
    public func read(_ bytes: [UInt8], url: String?, file: String?) throws(InputError) -> DocumentDraft {
        guard bytes.contains(where: { $0 > 0x20 }) else {
            throw InputError(.emptyInput, "the page is empty", file: file)
        }
        guard let document = HTMLDocument(bytes: bytes, url: url, encoding: encoding) else {
            throw InputError(.malformedHTML, "the page could not be parsed", file: file)
        }
        let content = contentExtractor.extract(from: document)
        guard !content.paragraphs.isEmpty else {
            throw InputError(.malformedHTML, "no text could be extracted from the page", file: file)
        }
        let metadata = metadataExtractor.extract(from: document, content: content, pageURL: url)
        var draft = DocumentDraft(
            url: metadata.url, title: metadata.title, outlet: metadata.outlet, author: metadata.author,
            published: metadata.published, language: metadata.language, original: content.text
        )
        draft.paragraphsFromMarkup = true
        return draft
    }
}

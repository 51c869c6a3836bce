import StorylineExtract
import StorylineFetch

/// Turns a fetched page or a feed entry's content into a cleaned draft, as `ingest` reads an HTML file.
struct FetchedPageReader {
    let extractor: ArticleExtractor

    /// The cleaned draft of `page`, read with the charset its `Content-Type` names; the article's URL
    /// is the page's final URL (after redirects).
    /// - Throws: a one-line message: not HTML (with the media type), or what the HTML reader found.
    func draft(from page: FetchedResource) throws(PageReadingFailure) -> PendingDraft {
        let type = page.contentType
        guard type?.isHTML ?? Self.looksLikeHTML(page.body) else {
            throw PageReadingFailure("not an HTML page (\(type?.mediaType ?? "no Content-Type"))")
        }
        do {
            var draft = try HTMLArticleReader(encoding: type?.charset).read(page.body, url: page.url, file: page.url)
            draft.url = page.url
            return extractor.clean(PendingDraft(draft: draft, file: page.url, sourceKey: page.url))
        } catch {
            throw PageReadingFailure(error.message)
        }
    }

    /// The cleaned draft of a feed entry's own HTML content; the entry's title, date and URL win over
    /// what the fragment shows.
    func draft(from entry: StorylineFetch.FeedEntry, feedURL: String) throws(PageReadingFailure) -> PendingDraft {
        let html = entry.contentHTML ?? ""
        let source = entry.url ?? entry.key.map { "\(feedURL)#\($0)" } ?? feedURL
        do {
            var draft = try HTMLArticleReader(encoding: "utf-8").read(Array(html.utf8), url: entry.url, file: source)
            draft.url = entry.url ?? draft.url
            draft.title = entry.title ?? draft.title
            draft.published = entry.published ?? draft.published
            return extractor.clean(PendingDraft(draft: draft, file: source, sourceKey: source))
        } catch {
            throw PageReadingFailure(error.message)
        }
    }

    /// Without a `Content-Type`, a body whose first non-blank byte is `<` is taken for HTML.
    static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        var bytes = body[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.first(where: { $0 > 0x20 }) == UInt8(ascii: "<")
    }
}

/// Why a fetched page gave no article: printed after its URL.
struct PageReadingFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

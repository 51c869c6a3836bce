import StorylineCore

/// Turns the entries of a feed into article drafts: one ``DocumentDraft`` per entry.
///
/// Title, URL, authors, date (first published, else last updated) and language come from the entry, the
/// outlet is the feed's title. The body is the entry's content; HTML content goes through the HTML reader's
/// paragraph rendering over the whole fragment (``HTMLContentExtractor/extractFragment(from:)``), text
/// content is taken as it is. An entry with only a summary gets the summary and `extra["content"] =
/// "summary"`; an entry with neither is an ``InputError`` naming the entry, and the other entries go on.
///
/// ```swift
/// for entry in FeedArticleReader().read(bytes, url: nil, file: "news.rss") {
///     if case .article(let draft, let index) = entry { print(index, draft.title ?? "") }
/// }
/// ```
public struct FeedArticleReader: Sendable {
    /// One entry's outcome.
    public enum Entry: Sendable {
        /// The entry's draft and its 1-based position in the feed.
        case article(DocumentDraft, entry: Int)
        case failure(InputError)
    }

    private let parser = FeedParser()
    private let contentExtractor = HTMLContentExtractor()

    /// A reader.
    public init() {}

    /// Parses the feed in `bytes` and reads each entry; a feed that cannot be parsed, or has no entries,
    /// is one failure.
    public func read(_ bytes: [UInt8], url: String?, file: String) -> [Entry] {
        do throws(InputError) {
            return drafts(from: try parser.parse(bytes, url: url, file: file), file: file)
        } catch {
            return [.failure(error)]
        }
    }

    /// The entries of `feed` read into drafts, in feed order.
    public func drafts(from feed: Feed, file: String) -> [Entry] {
        guard !feed.entries.isEmpty else {
            return [.failure(InputError(.emptyInput, "the feed has no entries", file: file))]
        }
        return feed.entries.map { entry in
            do throws(InputError) {
                return .article(try draft(from: entry, in: feed, file: file), entry: entry.index)
            } catch {
                return .failure(error)
            }
        }
    }

    /// The draft of one entry of `feed`.
    ///
    /// - Throws: ``InputError`` `.missingField` when the entry has no text in its content or summary.
    public func draft(from entry: FeedEntry, in feed: Feed, file: String) throws(InputError) -> DocumentDraft {
        var extra: [String: String] = [:]
        var body = entry.content.map { self.body(of: $0, url: entry.url) } ?? ""
        var bodyText = entry.content
        if body.isEmpty, let summary = entry.summary {
            body = self.body(of: summary, url: entry.url)
            bodyText = summary
            if !body.isEmpty { extra["content"] = "summary" }
        }
        guard !body.isEmpty else {
            let name = entry.id.map { " (id \($0))" } ?? entry.url.map { " (\($0))" } ?? ""
            throw InputError(
                .missingField, "entry \(entry.index)\(name) has no text in its content or summary", file: file)
        }
        if let id = entry.id { extra["guid"] = id }
        if !entry.categories.isEmpty { extra["categories"] = entry.categories.joined(separator: ", ") }
        let title = entry.title.map { FeedText(.text, $0).plainText }.flatMap { $0.isEmpty ? nil : $0 }
        // A link the feed left relative (and no xml:base resolved) is taken relative to the site.
        let url = entry.url.map { link in
            link.contains("://")
                ? link : HTMLMetadataExtractor.absoluteURL(link, base: feed.siteURL ?? feed.feedURL) ?? link
        }
        var draft = DocumentDraft(
            url: url, title: title, outlet: feed.title.map { FeedText(.text, $0).plainText },
            author: entry.authors.isEmpty ? nil : entry.authors.joined(separator: ", "),
            published: entry.published ?? entry.updated, language: entry.language ?? feed.language, original: body,
            extra: extra)
        draft.paragraphsFromMarkup = bodyText.map { $0.kind == .html && Self.containsMarkup($0.value) } ?? false
        return draft
    }

    /// The body text of `text`, paragraphs separated by blank lines; empty when there is no text.
    func body(of text: FeedText, url: String?) -> String {
        guard !text.isBlank else { return "" }
        switch text.kind {
        case .text:
            return text.value.replacing("\r\n", with: "\n").trimmingWhitespace()
        case .html:
            // Text without any tag is still HTML: its entities are decoded once, here.
            guard Self.containsMarkup(text.value) else {
                return HTMLEntityDecoder.decode(text.value).trimmingWhitespace()
            }
            guard let document = HTMLDocument(bytes: Array(text.value.utf8), url: url, encoding: "UTF-8") else {
                return ""
            }
            return contentExtractor.extractFragment(from: document).text
        }
    }

    /// Whether `html` has a tag (`<` followed by a letter, `/` or `!`).
    static func containsMarkup(_ html: String) -> Bool {
        var previousWasOpen = false
        for scalar in html.unicodeScalars {
            if previousWasOpen && (scalar.properties.isAlphabetic || scalar == "/" || scalar == "!") { return true }
            previousWasOpen = scalar == "<"
        }
        return false
    }
}

import Foundation

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org): `items` with `content_html`, `content_text`,
/// `summary`, `authors` (1.1) or `author` (1.0), `date_published`, `date_modified`, `language`, `tags`.
struct JSONFeedReader {
    /// The feed in `bytes`; relative item URLs are resolved against `url` (where the feed came from).
    static func feed(_ bytes: [UInt8], url: String?, file: String?) throws(InputError) -> Feed {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw InputError(.malformedFeed, "JSON Feed is not valid JSON (\(reason))", file: file)
        }
        guard let object = parsed as? [String: Any] else {
            throw InputError(.malformedFeed, "JSON Feed is not a JSON object", file: file)
        }
        guard let items = object["items"] as? [Any] else {
            throw InputError(.malformedFeed, "JSON Feed has no 'items' array", file: file)
        }
        let base = url ?? string(object["feed_url"])
        var feed = Feed(kind: .jsonFeed)
        feed.title = string(object["title"])
        feed.siteURL = string(object["home_page_url"])
        feed.feedURL = string(object["feed_url"])
        feed.language = string(object["language"]).flatMap(HTMLMetadataExtractor.languageCode)
        let feedAuthors = authors(of: object)
        feed.entries = items.enumerated().map { offset, item in
            var entry = FeedEntry(index: offset + 1)
            guard let item = item as? [String: Any] else { return entry }
            entry.id = string(item["id"])
            entry.title = string(item["title"])
            entry.url = (string(item["url"]) ?? string(item["external_url"])).map { resolve($0, against: base) }
            entry.authors = authors(of: item)
            if entry.authors.isEmpty { entry.authors = feedAuthors }
            entry.published = string(item["date_published"]).flatMap(FeedDateParser.date)
            entry.updated = string(item["date_modified"]).flatMap(FeedDateParser.date)
            entry.language = string(item["language"]).flatMap(HTMLMetadataExtractor.languageCode)
            if let html = string(item["content_html"]) {
                entry.content = FeedText(.html, html)
            } else if let text = string(item["content_text"]) {
                entry.content = FeedText(.text, text)
            }
            entry.summary = string(item["summary"]).map { FeedText(.text, $0) }
            entry.categories = (item["tags"] as? [Any] ?? []).compactMap(string)
            return entry
        }
        return feed
    }

    /// A non-blank string value; numbers (some feeds write numeric ids) as their digits.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber where !(number is Bool):
            return number.stringValue
        default:
            return nil
        }
    }

    /// The names in `authors` (1.1) or `author` (1.0).
    private static func authors(of object: [String: Any]) -> [String] {
        let list = (object["authors"] as? [Any]) ?? (object["author"].map { [$0] } ?? [])
        return list.compactMap { ($0 as? [String: Any]).flatMap { string($0["name"]) } }
    }

    private static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, let baseURL = URL(string: base), let resolved = URL(string: reference, relativeTo: baseURL)
        else {
            return reference
        }
        return resolved.absoluteString
    }
}

import Foundation
import StorylineCore
import StorylineFetch

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A minimal RSS 2.0 / Atom / OPML reader standing in until the real feed parsers of
/// `StorylineExtract/Feeds` are merged (see ``FeedReading/storyline``). It reads what `watch`
/// needs — link, guid/id, title, pubDate/published/updated, `content:encoded`/`content` — and
/// nothing more: no RSS 1.0, no encodings other than what XMLParser handles, no `xml:base`.
enum StandInFeedParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The entries of an RSS or Atom document.
    static func entries(in bytes: [UInt8], feedURL: String) throws -> [FeedEntry] {
        let collector = EntryCollector(base: URL(string: feedURL))
        try parse(bytes, with: collector)
        return collector.entries
    }

    /// The `xmlUrl` of every `<outline>` in an OPML document.
    static func feedURLs(inOPML bytes: [UInt8]) throws -> [String] {
        let collector = OutlineCollector()
        try parse(bytes, with: collector)
        return collector.urls
    }

    private static func parse(_ bytes: [UInt8], with delegate: any XMLParserDelegate) throws {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else {
            let line = parser.lineNumber
            throw Failure(
                description: "not well-formed XML (line \(line)): \(parser.parserError?.localizedDescription ?? "")")
        }
    }

    /// RFC 822 dates of RSS (`Tue, 15 Oct 2024 12:00:00 +0000`) and ISO 8601 dates of Atom.
    static func date(_ text: String) -> PublicationDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = PublicationDate(iso8601: trimmed) { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm Z"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) {
                return PublicationDate(iso8601: date.formatted(.iso8601))
            }
        }
        return nil
    }
}

/// Collects `<item>` and `<entry>` elements.
private final class EntryCollector: NSObject, XMLParserDelegate {
    let base: URL?
    var entries: [FeedEntry] = []
    private var current: FeedEntry?
    private var text = ""

    init(base: URL?) { self.base = base }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        if name == "item" || name == "entry" {
            current = FeedEntry()
        } else if name == "link", current != nil, let href = attributes["href"],
            attributes["rel"] == nil || attributes["rel"] == "alternate"
        {
            current?.url = resolve(href)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard current != nil else { return }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "item", "entry":
            entries.append(current!)
            current = nil
        case "title": current?.title = value
        case "link" where !value.isEmpty: current?.url = resolve(value)
        case "guid", "id": current?.id = value
        case "pubDate", "published", "updated", "dc:date":
            if current?.published == nil || name == "published" { current?.published = StandInFeedParser.date(value) }
        case "content:encoded", "content": if !value.isEmpty { current?.contentHTML = value }
        default: break
        }
        text = ""
    }

    private func resolve(_ link: String) -> String {
        URL(string: link, relativeTo: base)?.absoluteString ?? link
    }
}

/// Collects OPML `<outline xmlUrl=…>` attributes.
private final class OutlineCollector: NSObject, XMLParserDelegate {
    var urls: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "outline", let url = attributes["xmlUrl"] ?? attributes["xmlurl"], !url.isEmpty { urls.append(url) }
    }
}

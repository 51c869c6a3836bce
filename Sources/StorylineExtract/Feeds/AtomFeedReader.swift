import StorylineCore

/// Reads Atom 1.0 (`<feed xmlns="http://www.w3.org/2005/Atom"><entry>`), and Atom 0.3 as far as its
/// element names agree (`issued` and `modified` for the dates, `mode="escaped"` content).
///
/// Text constructs follow RFC 4287: `type="text"` (the default) is plain text, `"html"` is escaped
/// markup, `"xhtml"` is inline markup inside one XHTML `div`; links are resolved against `xml:base`.
struct AtomFeedReader {
    /// The Atom namespace the document uses (1.0 or 0.3), nil for Atom written without one.
    let namespace: String?

    /// The feed whose root element is `root` (`feed` in the Atom namespace).
    func feed(root: XMLElement) -> Feed {
        var feed = Feed(kind: .atom)
        feed.title = text(root.child("title", in: [namespace])).map(\.plainText)
        feed.siteURL = link(in: root, relation: "alternate")
        feed.feedURL = link(in: root, relation: "self")
        feed.language = root.language.flatMap(HTMLMetadataExtractor.languageCode)
        let feedAuthors = authors(of: root)
        let entries = root.children.filter { $0.isNamed("entry", in: [namespace]) }
        feed.entries = entries.enumerated().map { offset, element in
            var entry = entry(from: element, index: offset + 1)
            if entry.authors.isEmpty { entry.authors = feedAuthors }
            return entry
        }
        return feed
    }

    func entry(from element: XMLElement, index: Int) -> FeedEntry {
        var entry = FeedEntry(index: index)
        entry.id = element.childText("id", in: [namespace])
        entry.title = text(element.child("title", in: [namespace])).map(\.plainText)
        entry.url = link(in: element, relation: "alternate")
        entry.authors = authors(of: element)
        if entry.authors.isEmpty, let source = element.child("source", in: [namespace]) {
            entry.authors = authors(of: source)
        }
        entry.published =
            ["published", "issued", "created"].lazy
            .compactMap { element.childText($0, in: [namespace]).flatMap(FeedDateParser.date) }.first
        entry.updated =
            ["updated", "modified"].lazy
            .compactMap { element.childText($0, in: [namespace]).flatMap(FeedDateParser.date) }.first
        let content = element.child("content", in: [namespace])
        // Content given by reference (`src`) is not in the feed.
        if let content, content.attribute("src") == nil {
            entry.content = text(content)
        }
        entry.summary = text(element.child("summary", in: [namespace]))
        entry.language = (content?.language ?? element.language).flatMap(HTMLMetadataExtractor.languageCode)
        entry.categories = element.children.filter { $0.isNamed("category", in: [namespace]) }
            .compactMap { $0.trimmedAttribute("label") ?? $0.trimmedAttribute("term") }
        return entry
    }

    /// A text construct (`title`, `summary`, `content`) by its `type`; nil for a missing element or a
    /// media type that is not text (base64 content).
    func text(_ element: XMLElement?) -> FeedText? {
        guard let element else { return nil }
        let type = element.attribute("type")?.trimmingWhitespace().lowercased() ?? "text"
        let mode = element.attribute("mode")?.lowercased()  // Atom 0.3
        switch type {
        case "xhtml", "application/xhtml+xml":
            return FeedText(.html, xhtmlMarkup(element))
        case "html", "text/html":
            if mode == "xml" { return FeedText(.html, xhtmlMarkup(element)) }
            return FeedText(.html, element.text)
        case "text", "text/plain":
            return FeedText(mode == "escaped" ? .html : .text, element.text)
        default:
            guard type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml") else { return nil }
            return FeedText(.text, element.text)
        }
    }

    /// The markup inside an XHTML construct: the children of its one `div`, or of the element itself.
    private func xhtmlMarkup(_ element: XMLElement) -> String {
        let div = element.children.first { $0.localName == "div" }
        return (div ?? element).innerMarkup
    }

    /// The address of the first `link` with `relation` (a missing `rel` is `alternate`), HTML preferred,
    /// resolved against `xml:base`.
    func link(in element: XMLElement, relation: String) -> String? {
        let links = element.children.filter { link in
            link.isNamed("link", in: [namespace])
                && (link.attribute("rel")?.trimmingWhitespace() ?? "alternate") == relation
                && link.trimmedAttribute("href") != nil
        }
        let html = links.first { ($0.attribute("type") ?? "text/html").lowercased().contains("html") }
        guard let chosen = html ?? links.first, let href = chosen.trimmedAttribute("href") else { return nil }
        return chosen.resolve(href)
    }

    /// The names of `author` elements (with an e-mail address when there is no name).
    func authors(of element: XMLElement) -> [String] {
        element.children.filter { $0.isNamed("author", in: [namespace]) }.compactMap { author in
            author.childText("name", in: [namespace]) ?? author.childText("email", in: [namespace])
        }
    }
}

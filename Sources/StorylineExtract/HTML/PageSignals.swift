import StorylineCore

/// The raw metadata a page carries, gathered in one walk: `<meta>` tags, links, JSON-LD scripts,
/// `<time>` elements, author markup, headings and the `<title>`.
struct PageSignals {
    /// `<meta>` contents by lowercased `name`, `property`, `itemprop` or `http-equiv`, in page order.
    var metas: [String: [String]] = [:]
    var canonical: String?
    var htmlLanguage: String?
    var titleElement: String?
    var jsonLDScripts: [String] = []
    /// `<time>` elements with their `datetime` (or text), in page order.
    var times: [(node: HTMLNode, value: String)] = []
    /// Texts of `rel=author` links and `itemprop=author` elements, in page order.
    var authorMarkup: [String] = []
    var headings: [HTMLNode] = []
    /// Short texts of elements whose class or id speaks of a date (`date`, `time`, `published`, `byline`).
    var dateTexts: [String] = []

    init(document: HTMLDocument) {
        guard let root = document.root else { return }
        htmlLanguage = root.attribute("lang") ?? root.attribute("xml:lang")
        var walker = HTMLTreeWalker(root: root)
        while let event = walker.next() {
            guard case .enter(let node) = event, node.isElement else { continue }
            switch node.name {
            case "meta":
                guard let content = node.attribute("content")?.trimmingWhitespace(), !content.isEmpty else { continue }
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    if let name = node.attribute(key)?.lowercased().trimmingWhitespace(), !name.isEmpty {
                        metas[name, default: []].append(content)
                    }
                }
            case "link":
                let rel = node.attribute("rel")?.lowercased() ?? ""
                if canonical == nil, rel.split(separator: " ").contains("canonical") {
                    canonical = node.attribute("href")?.trimmingWhitespace()
                }
            case "title":
                if titleElement == nil { titleElement = ParagraphRenderer.collapsingWhitespace(node.textContent) }
            case "script":
                if node.attribute("type")?.lowercased().contains("ld+json") == true {
                    jsonLDScripts.append(node.textContent)
                }
                walker.skipChildren()
            case "style", "noscript", "svg":
                walker.skipChildren()
            case "time":
                let value = node.attribute("datetime") ?? ParagraphRenderer.collapsingWhitespace(node.textContent)
                if !value.isEmpty { times.append((node, value)) }
            case "h1":
                headings.append(node)
            default:
                break
            }
            collectAuthorMarkup(node)
            collectDateText(node)
        }
    }

    /// The first value of any of `names`, in the order of `names`.
    func meta(_ names: String...) -> String? {
        for name in names {
            if let value = metas[name]?.first { return value }
        }
        return nil
    }

    private mutating func collectAuthorMarkup(_ node: HTMLNode) {
        let rel = node.attribute("rel")?.lowercased()
        let itemprop = node.attribute("itemprop")?.lowercased()
        guard rel == "author" || itemprop == "author" else { return }
        if node.name == "meta" || node.name == "link" {
            if let content = node.attribute("content") { authorMarkup.append(content) }
            return
        }
        let named = node.descendantElements().first { $0.attribute("itemprop")?.lowercased() == "name" }
        let text = named.map { $0.attribute("content") ?? $0.textContent } ?? node.textContent
        let collapsed = ParagraphRenderer.collapsingWhitespace(text)
        if !collapsed.isEmpty { authorMarkup.append(collapsed) }
    }

    private mutating func collectDateText(_ node: HTMLNode) {
        guard dateTexts.count < 20 else { return }
        let classAndID = node.classAndID
        guard !classAndID.isEmpty,
            ["date", "time", "publish", "byline", "dateline", "posted"].contains(where: classAndID.contains)
        else { return }
        let text = ParagraphRenderer.collapsingWhitespace(node.textContent)
        if !text.isEmpty, text.count <= 200 { dateTexts.append(text) }
    }
}

/// The single walk that fills ``PageSignals``.
///
/// Iterative over the arena's parent and sibling links, with small stacks for the zones (article, content,
/// boilerplate) and microdata scopes an element opens; what it keeps is decided per element from its tag,
/// one pass over its attributes and one scan of its class and id.
struct PageSignalsWalk {
    private typealias Zone = PageSignals.Zone
    private typealias Mark = PageSignals.Mark

    private let contentRoots: [Int]
    /// The content roots and their ancestors: a class naming a sidebar or comments there is a layout
    /// class of the page ("has-sidebar", "comments-open"), not a boilerplate region.
    private let contentPath: Set<Int>
    private var zone: Zone = []
    private var zones: [(node: Int, outer: Zone)] = []
    private var scopes: [(node: Int, scope: MicrodataArticle.Scope, author: Int?)] = []
    private var order = 0
    private var contentCapture: TextGatherer?
    private var contentCaptureNode: Int?
    private var articleCapture: TextGatherer?
    private var articleCaptureNode: Int?
    /// Headings whose following text starts when the walk leaves them.
    private var pendingHeadings: [(node: Int, heading: Int)] = []
    private var headingCaptures: [(heading: Int, gatherer: TextGatherer)] = []
    /// Authors opened by an `itemprop=author itemscope` whose `name` has not been seen yet.
    private var unnamedAuthors: Set<Int> = []
    /// The last few visible text nodes outside chrome, oldest first, for the text before a headline.
    private var recentTexts: [UnsafePointer<UInt8>] = []
    private static let recentTextCount = 6
    /// The last visible text node in the body, wherever it stood.
    private var lastText: UnsafePointer<UInt8>?

    init(contentRoots: [Int], in document: HTMLDocument) {
        self.contentRoots = contentRoots
        var path: Set<Int> = []
        for root in contentRoots {
            var node = root
            while node >= 0, path.insert(node).inserted { node = Int(document.arena.parents[node]) }
        }
        contentPath = path
    }

    mutating func run(from root: RawNode, into signals: inout PageSignals) {
        signals.htmlLanguage = root.attribute("lang") ?? root.attribute("xml:lang")
        var current: RawNode? = root
        while let node = current {
            var descend = false
            if node.isElement {
                descend = enter(node, &signals)
            } else if let text = node.textBytes {
                visitText(text, &signals)
            }
            if descend, let child = node.firstChild {
                current = child
                continue
            }
            if node.isElement { leave(node, &signals) }
            var climb = node
            current = nil
            while climb != root {
                if let next = climb.nextSibling {
                    current = next
                    break
                }
                guard let parent = climb.parent else { break }
                leave(parent, &signals)
                climb = parent
            }
        }
        finish(&signals)
    }

    // MARK: Elements

    /// Reads `node`; returns whether its children should be visited.
    private mutating func enter(_ node: RawNode, _ signals: inout PageSignals) -> Bool {
        order += 1
        let tag = node.tag
        let attributes = MetadataAttributes(node)
        let markers = attributes.class != nil || attributes.id != nil ? classMarkers(attributes, node.document) : []
        var added: Zone = []
        var descend = true
        switch tag {
        case .head: added.insert(.head)
        case .meta: readMeta(attributes, &signals)
        case .link: readLink(attributes, &signals)
        case .title:
            if signals.titleElement == nil {
                signals.titleElement = TextGatherer.text(of: node, limit: 1000)
            }
            descend = false
        case .script:
            if let type = attributes.type, CBytes.contains(type, "ld+json") {
                signals.jsonLDScripts.append(node.allText)
            }
            descend = false
        case .style, .noscript, .svg, .template, .iframe: descend = false
        case .article: added.insert(.article)
        default: break
        }
        let isChrome = tag == .footer || tag == .aside || tag == .nav || tag == .form || markers.contains(.boilerplate)
        if isChrome, tag != .body, tag != .html, !contentPath.contains(node.index) { added.insert(.boilerplate) }
        if tag == .footer { added.insert(.footer) }
        if markers.contains(.updated), !markers.contains(.published) { added.insert(.updated) }
        if markers.contains(.footer) || markers.contains(.copyright) { added.insert(.footer) }
        if !contentRoots.isEmpty, contentRoots.contains(node.index) {
            added.insert(.content)
            if contentCapture == nil {
                contentCapture = TextGatherer(limit: PageSignals.openingLimit)
                contentCaptureNode = node.index
            }
        }
        if tag == .article, articleCapture == nil {
            articleCapture = TextGatherer(limit: PageSignals.openingLimit)
            articleCaptureNode = node.index
        }

        // Microdata: an itemprop belongs to the enclosing scope, so it is read before this element's own.
        if let itemprop = attributes.itemprop { readItemprop(itemprop, node, attributes, &signals) }
        if attributes.itemscope {
            let scope = MicrodataArticle.scope(of: attributes)
            var author: Int?
            if scope == .author, scopes.isEmpty || scopes.contains(where: { $0.scope == .article }) {
                let text = TextGatherer.text(of: node, limit: 150)
                signals.microdata.authors.append(.init(text: text, inArticle: !scopes.isEmpty))
                author = signals.microdata.authors.count - 1
                unnamedAuthors.insert(author!)
            }
            if scope == .article { added.insert(.article) }
            scopes.append((node.index, scope, author))
        }
        if !added.isEmpty {
            zones.append((node.index, zone))
            zone.formUnion(added)
        }

        if tag == .h1 { readHeading(node, &signals) }
        if tag == .time || (tag == .abbr && attributes.title != nil && !markers.isDisjoint(with: [.date, .published, .updated])) {
            readTime(node, attributes, markers, &signals)
        }
        if descend, isAuthorMarkup(tag, attributes, markers) {
            readAuthorMark(node, tag, attributes, markers, &signals)
        }
        if descend, tag != .time, tag != .abbr, !markers.isDisjoint(with: [.date, .published, .updated]) {
            readDateMark(node, markers, &signals)
        }
        if !tag.isInline { addCaptureBoundary() }
        return descend
    }

    /// ``ClassMarkers/scan(_:)``, with the class value's markers cached per distinct value.
    private func classMarkers(_ attributes: MetadataAttributes, _ document: HTMLDocument) -> ClassMarkers {
        var markers: ClassMarkers = []
        if let value = attributes.class {
            let id = Int(attributes.classID)
            if id >= 0, id < document.classMarkers.count {
                if document.classMarkers[id] == UInt16.max { document.classMarkers[id] = ClassMarkers.scan(value).rawValue }
                markers = ClassMarkers(rawValue: document.classMarkers[id])
            } else {
                markers = ClassMarkers.scan(value)
            }
        }
        if let value = attributes.id { markers.formUnion(ClassMarkers.scan(value)) }
        return markers
    }

    private mutating func leave(_ node: RawNode, _ signals: inout PageSignals) {
        if let last = zones.last, last.node == node.index {
            zone = last.outer
            zones.removeLast()
        }
        if let last = scopes.last, last.node == node.index { scopes.removeLast() }
        if node.index == contentCaptureNode {
            signals.contentOpening = contentCapture?.text ?? ""
            contentCaptureNode = nil
        }
        if node.index == articleCaptureNode {
            signals.articleOpening = articleCapture?.text ?? ""
            articleCaptureNode = nil
        }
        if let index = pendingHeadings.firstIndex(where: { $0.node == node.index }) {
            headingCaptures.append((pendingHeadings[index].heading, TextGatherer(limit: PageSignals.followingLimit)))
            pendingHeadings.remove(at: index)
        }
        if !node.tag.isInline { addCaptureBoundary() }
    }

    private mutating func finish(_ signals: inout PageSignals) {
        if contentCaptureNode != nil { signals.contentOpening = contentCapture?.text ?? "" }
        if articleCaptureNode != nil { signals.articleOpening = articleCapture?.text ?? "" }
        for (heading, gatherer) in headingCaptures { signals.headings[heading].following = gatherer.text }
    }

    // MARK: Text

    private mutating func visitText(_ text: UnsafePointer<UInt8>, _ signals: inout PageSignals) {
        if contentCaptureNode != nil, contentCapture?.isFull == false { contentCapture?.append(text) }
        if articleCaptureNode != nil, articleCapture?.isFull == false { articleCapture?.append(text) }
        for index in headingCaptures.indices where !headingCaptures[index].gatherer.isFull {
            headingCaptures[index].gatherer.append(text)
        }
        if let year = CopyrightYear.latest(in: text, lookForWord: zone.contains(.footer)) {
            signals.copyrightYear = max(signals.copyrightYear ?? 0, year)
        }
        guard !zone.contains(.head) else { return }
        let shape = Self.shape(of: text)
        guard shape.visible > 0 else { return }
        if !zone.contains(.boilerplate) {
            if recentTexts.count == Self.recentTextCount { recentTexts.removeFirst() }
            recentTexts.append(text)
        }
        if shape.visible <= PageSignals.dateTextLimit, shape.digits >= PageSignals.dateTextDigits,
            signals.dateTexts.count < PageSignals.maximumDateTexts
        {
            var gatherer = TextGatherer(limit: PageSignals.markLimit)
            gatherer.append(text)
            var mark = Mark(text: gatherer.text, order: order, zone: zone, markers: [])
            mark.before = textBefore()
            signals.dateTexts.append(mark)
        }
        lastText = text
    }

    /// The last bytes of the text node before the current one (a label before a date), collapsed.
    private func textBefore() -> String? {
        guard let lastText else { return nil }
        let length = CBytes.length(lastText)
        var start = max(0, length - 48)
        while start < length, lastText[start] & 0xC0 == 0x80 { start += 1 }
        var gatherer = TextGatherer(limit: 64)
        gatherer.append(lastText + start)
        return gatherer.bytes.isEmpty ? nil : gatherer.text
    }

    /// The non-space bytes and ASCII digits of a text node, counting no further than a short date's length.
    private static func shape(of text: UnsafePointer<UInt8>) -> (visible: Int, digits: Int) {
        var visible = 0
        var digits = 0
        var position = 0
        while visible <= PageSignals.dateTextLimit {
            let byte = text[position]
            if byte == 0 { break }
            if byte &- 0x30 < 10 { digits += 1 }
            if byte != 0x20, byte != 0x0A, byte != 0x09, byte != 0x0D { visible += 1 }
            position += 1
        }
        return (visible, digits)
    }

    /// The end of the visible text before a heading, at most ``PageSignals/precedingLimit`` bytes.
    private func precedingText() -> String {
        var start = recentTexts.count
        var length = 0
        while start > 0, length < PageSignals.precedingLimit {
            start -= 1
            length += CBytes.length(recentTexts[start])
        }
        var gatherer = TextGatherer(limit: 2 * PageSignals.precedingLimit)
        for text in recentTexts[start...] {
            gatherer.addBoundary()
            gatherer.append(text)
        }
        let text = gatherer.text
        guard text.utf8.count > PageSignals.precedingLimit else { return text }
        // Keep the end; cut at a space so no word (or UTF-8 sequence) is split.
        let tail = text.utf8.suffix(PageSignals.precedingLimit)
        let cut = tail.firstIndex(of: 0x20) ?? tail.startIndex
        return String(text[cut...]).trimmingWhitespace()
    }

    private mutating func addCaptureBoundary() {
        if contentCaptureNode != nil { contentCapture?.addBoundary() }
        if articleCaptureNode != nil { articleCapture?.addBoundary() }
        for index in headingCaptures.indices { headingCaptures[index].gatherer.addBoundary() }
    }

    // MARK: Readers

    private func readMeta(_ attributes: MetadataAttributes, _ signals: inout PageSignals) {
        guard let contentBytes = attributes.content else { return }
        let content = CBytes.string(contentBytes).trimmingWhitespace()
        guard !content.isEmpty else { return }
        for key in [attributes.name, attributes.property, attributes.itemprop, attributes.httpEquiv] {
            guard let key else { continue }
            let name = CBytes.string(key).lowercased().trimmingWhitespace()
            if !name.isEmpty { signals.metas[name, default: []].append(content) }
        }
    }

    private func readLink(_ attributes: MetadataAttributes, _ signals: inout PageSignals) {
        guard signals.canonical == nil, let rel = attributes.rel, CBytes.hasToken(rel, "canonical"),
            let href = attributes.href
        else { return }
        let link = CBytes.string(href).trimmingWhitespace()
        if !link.isEmpty { signals.canonical = link }
    }

    private mutating func readHeading(_ node: RawNode, _ signals: inout PageSignals) {
        guard signals.headings.count < PageSignals.maximumHeadings else { return }
        let text = TextGatherer.text(of: node, limit: 400)
        guard !text.isEmpty else { return }
        var heading = PageSignals.Heading(text: text, order: order, zone: zone)
        heading.preceding = precedingText()
        if let kicker = Self.kicker(in: node) {
            var gatherer = TextGatherer(limit: 400)
            gatherer.append(contentsOf: node, excluding: kicker)
            heading.withoutKicker = gatherer.text
        }
        signals.headings.append(heading)
        pendingHeadings.append((node.index, signals.headings.count - 1))
    }

    /// An element inside `heading` whose class marks it as a kicker line, among the first few.
    private static func kicker(in heading: RawNode) -> RawNode? {
        var pending: [RawNode] = []
        var child = heading.firstChild
        while let current = child {
            pending.append(current)
            child = current.nextSibling
        }
        var visited = 0
        while !pending.isEmpty, visited < 30 {
            let node = pending.removeFirst()
            visited += 1
            guard node.isElement else { continue }
            if ClassMarkers.scan(MetadataAttributes(node)).contains(.kicker) { return node }
            var grandchild = node.firstChild
            while let current = grandchild {
                pending.append(current)
                grandchild = current.nextSibling
            }
        }
        return nil
    }

    private func readTime(
        _ node: RawNode, _ attributes: MetadataAttributes, _ markers: ClassMarkers, _ signals: inout PageSignals
    ) {
        guard signals.times.count < PageSignals.maximumMarks else { return }
        // An hAtom `<abbr class="published" title="2017-09-09T10:52:00+02:00">` reads like a `<time>`.
        let machine = attributes.datetime ?? (node.tag == .abbr ? attributes.title : nil)
        var value = machine.map { CBytes.string($0).trimmingWhitespace() } ?? ""
        if value.isEmpty { value = TextGatherer.text(of: node, limit: 120) }
        guard !value.isEmpty else { return }
        var mark = Mark(text: value, order: order, zone: zone, markers: markers)
        mark.before = textBefore()
        if machine != nil {
            let shown = TextGatherer.text(of: node, limit: 120)
            if !shown.isEmpty { mark.shown = shown }
        }
        mark.isPublished =
            attributes.pubdate || attributes.itemprop.map { CBytes.hasToken($0, "datepublished") } == true
        mark.isModified = attributes.itemprop.map { CBytes.hasToken($0, "datemodified") } == true
        signals.times.append(mark)
    }

    private mutating func readItemprop(
        _ itemprop: UnsafePointer<UInt8>, _ node: RawNode, _ attributes: MetadataAttributes,
        _ signals: inout PageSignals
    ) {
        let scope = scopes.last?.scope
        let inArticle = scopes.contains { $0.scope == .article }
        func value(limit: Int) -> String {
            if let content = attributes.content { return CBytes.string(content).trimmingWhitespace() }
            if let datetime = attributes.datetime { return CBytes.string(datetime).trimmingWhitespace() }
            if node.tag == .abbr, let title = attributes.title { return CBytes.string(title).trimmingWhitespace() }
            return TextGatherer.text(of: node, limit: limit)
        }
        switch scope {
        case .author:
            guard let author = scopes.last?.author, CBytes.hasToken(itemprop, "name"),
                unnamedAuthors.contains(author)
            else { return }
            let name = value(limit: 150)
            if !name.isEmpty {
                signals.microdata.authors[author].text = name
                unnamedAuthors.remove(author)
            }
        case .publisher:
            if signals.microdata.publisher == nil, CBytes.hasToken(itemprop, "name") {
                let name = value(limit: 150)
                if !name.isEmpty { signals.microdata.publisher = name }
            }
        case .other:
            return
        case .article, nil:
            if CBytes.hasToken(itemprop, "headline") {
                MicrodataArticle.keep(value(limit: 400), inArticle: inArticle, in: &signals.microdata.headline)
            }
            if CBytes.hasToken(itemprop, "datepublished") || CBytes.hasToken(itemprop, "datecreated") {
                MicrodataArticle.keep(value(limit: 120), inArticle: inArticle, in: &signals.microdata.published)
            }
            if CBytes.hasToken(itemprop, "datemodified") {
                MicrodataArticle.keep(value(limit: 120), inArticle: inArticle, in: &signals.microdata.modified)
            }
            if !attributes.itemscope, CBytes.hasToken(itemprop, "author") || CBytes.hasToken(itemprop, "creator") {
                let name = value(limit: 150)
                if !name.isEmpty { signals.microdata.authors.append(.init(text: name, inArticle: inArticle)) }
            }
        }
    }

    private func isAuthorMarkup(_ tag: MetadataTag, _ attributes: MetadataAttributes, _ markers: ClassMarkers) -> Bool {
        if !markers.isDisjoint(with: [.byline, .author]) { return true }
        if let rel = attributes.rel, tag != .link, CBytes.hasToken(rel, "author") { return true }
        return false
    }

    private func readAuthorMark(
        _ node: RawNode, _ tag: MetadataTag, _ attributes: MetadataAttributes, _ markers: ClassMarkers,
        _ signals: inout PageSignals
    ) {
        guard signals.authorMarks.count < PageSignals.maximumMarks, tag != .meta, tag != .body, tag != .html
        else { return }
        var gatherer = TextGatherer(limit: PageSignals.markLimit)
        gatherer.append(contentsOf: node)
        // A container that runs past the limit is an author box or a whole article, not a byline.
        guard !gatherer.isFull, !gatherer.bytes.isEmpty else { return }
        var mark = Mark(text: gatherer.text, order: order, zone: zone, markers: markers)
        mark.before = textBefore()
        if let rel = attributes.rel, CBytes.hasToken(rel, "author") { mark.markers.insert(.author) }
        signals.authorMarks.append(mark)
    }

    private func readDateMark(_ node: RawNode, _ markers: ClassMarkers, _ signals: inout PageSignals) {
        guard signals.dateMarks.count < PageSignals.maximumMarks else { return }
        var gatherer = TextGatherer(limit: PageSignals.markLimit)
        gatherer.append(contentsOf: node)
        guard !gatherer.isFull, gatherer.bytes.contains(where: { $0 &- 0x30 < 10 }) else { return }
        var mark = Mark(text: gatherer.text, order: order, zone: zone, markers: markers)
        mark.before = textBefore()
        signals.dateMarks.append(mark)
    }
}

/// Builds an ``HTMLArena`` from the tokens ``HTMLTokenizer`` hands it, following the HTML Standard's tree
/// construction where real pages need it and staying simple where they do not.
///
/// What it does as browsers do: `<html>`, `<head>` and `<body>` are implied (head elements before the
/// body go into the head, text or body elements before `<body>` open it, attributes of a later
/// `<html>` or `<body>` are merged); void elements; implied end tags (`<p>` closed by block starts, a
/// `</p>` with no open `<p>` making an empty one, `li`, `dd`/`dt`, `option`, ruby, table sections, rows
/// and cells); an end tag closes up to its element only when that element is in scope, and an end tag
/// for an inline element stops at block elements (stray end tags are ignored); a new `<a>` closes an
/// open one; no nested `<form>`; SVG and MathML content ends at an HTML block start tag.
///
/// What it leaves out: foster parenting (text directly inside `<table>` stays where it is written, so
/// nothing is lost), the adoption agency and reconstruction of formatting elements (a misnested `</b>`
/// only closes what it can), quirks mode, and template contents as a separate fragment.
///
/// Nodes are only ever appended, so document order is entry order and a node's subtree is a range. No
/// recursion anywhere; at ``maximumDepth`` open elements, deeper start tags become leaves of the deepest
/// open element, so their text still lands in the tree.
struct HTMLTreeBuilder {
    /// How a start tag's content is to be tokenized.
    enum Content {
        /// Markup, as usual.
        case markup
        /// Raw text up to the end tag, not kept (`style`, `iframe`, `noembed`, `noframes`).
        case skippedRawText
        /// Raw text kept as a text node (`xmp`).
        case keptRawText
        /// Text with character references up to the end tag (`title`, `textarea`).
        case escapableRawText
        /// A `<script>`: raw text, kept only for JSON-LD.
        case script
        /// Everything to the end of the input is text.
        case plaintext
    }

    enum InsertionMode {
        case initial, beforeHead, inHead, inHeadNoscript, afterHead, inBody
    }

    static let maximumDepth = 1024

    var arena: HTMLArena
    var names = HTMLNameTable()
    private(set) var html: Int32 = -1
    private(set) var head: Int32 = -1
    private(set) var body: Int32 = -1
    var mode = InsertionMode.initial

    /// The stack of open elements: entries, name ids, and whether each is an SVG or MathML element.
    var stack: [Int32] = []
    var stackNames: [UInt16] = []
    var stackForeign: [Bool] = []
    /// How many elements of each known name are open (a quick "none open" before walking the stack).
    var openCounts = [Int32](repeating: 0, count: Int(KnownElement.count))
    /// The open `<form>`; −1 when none (a `<form>` inside it is ignored).
    var form: Int32 = -1
    /// A newline right after `<pre>`, `<listing>` or `<textarea>` is dropped.
    var skipsNewline = false
    /// The head was put back on the stack for a raw-text element after `</head>`.
    var reopenedHead = false
    /// A form whose end tag came while elements inside it were open: it closes when they are.
    var closingForm: Int32 = -1

    init(expectedBytes: Int) {
        arena = HTMLArena(expectedBytes: expectedBytes)
        stack.reserveCapacity(64)
        stackNames.reserveCapacity(64)
        stackForeign.reserveCapacity(64)
    }

    /// Whether the current node is SVG or MathML content (where `<![CDATA[` is text).
    var inForeignContent: Bool {
        guard let last = stackForeign.last, last else { return false }
        return !Self.isIntegrationPoint(stackNames[stackNames.count - 1])
    }

    // MARK: Text

    /// Character tokens: the `length` bytes at `start`, the last thing in ``HTMLArena/text``.
    mutating func characters(start: Int, length: Int) {
        let originalStart = start
        var start = start
        var length = length
        if skipsNewline {
            skipsNewline = false
            if length > 0, arena.text[start] == 0x0A {
                start += 1
                length -= 1
            }
        }
        guard length > 0 else {
            arena.text.removeLast(length + start - originalStart)
            return
        }
        if mode != .inBody {
            // Before the body, white space is dropped; other text opens the body.
            var blank = 0
            while blank < length, Self.isWhitespace(arena.text[start + blank]) { blank += 1 }
            if blank == length {
                arena.text.removeLast(length)
                return
            }
            start += blank
            length -= blank
            openBody()
        }
        insertText(start: start, length: length)
    }

    /// Text of a raw-text element (script, title, xmp …) for the current node, in any mode.
    mutating func rawText(start: Int, length: Int) {
        let originalStart = start
        var start = start
        var length = length
        if skipsNewline {
            skipsNewline = false
            if length > 0, arena.text[start] == 0x0A {
                start += 1
                length -= 1
            }
        }
        guard length > 0 else {
            arena.text.removeLast(length + start - originalStart)
            return
        }
        insertText(start: start, length: length)
    }

    private mutating func insertText(start: Int, length: Int) {
        let parent = stack.last ?? -1
        let last = arena.count - 1
        if last >= 0, arena.tags[last] == .text, arena.parents[last] == parent,
            Int(arena.starts[last]) + Int(arena.lengths[last]) + 1 == start
        {
            // Continues the previous text node: slide the new bytes over its NUL.
            let base = arena.text.base
            (base + start - 1).update(from: base + start, count: length)
            arena.text.removeLast()
            arena.text.append(0)
            arena.lengths[last] += Int32(length)
            return
        }
        arena.text.append(0)
        let index = Int32(arena.count)
        arena.tags.append(.text)
        arena.names.append(0)
        arena.parents.append(parent)
        arena.ends.append(index + 1)
        arena.starts.append(Int32(start))
        arena.lengths.append(Int32(length))
    }

    // MARK: Elements

    /// Appends an element under the current node (not pushed).
    @discardableResult
    mutating func appendElement(_ name: UInt16, attributes: Range<Int32>) -> Int32 {
        skipsNewline = false
        let index = Int32(arena.count)
        arena.tags.append(Self.tag(of: name))
        arena.names.append(name)
        arena.parents.append(stack.last ?? -1)
        arena.ends.append(index + 1)
        arena.starts.append(attributes.lowerBound)
        arena.lengths.append(Int32(attributes.count))
        return index
    }

    /// Appends an element and opens it, unless the stack is at ``maximumDepth`` (then it stays a leaf).
    @discardableResult
    mutating func insert(_ name: UInt16, attributes: Range<Int32>, foreign: Bool = false) -> Int32 {
        let index = appendElement(name, attributes: attributes)
        if stack.count < Self.maximumDepth { push(index, name, foreign: foreign) }
        return index
    }

    /// Appends an element that is opened whatever the depth: raw-text elements, closed right after.
    mutating func insertRawTextElement(_ name: UInt16, attributes: Range<Int32>) {
        let index = appendElement(name, attributes: attributes)
        push(index, name, foreign: false)
    }

    mutating func push(_ index: Int32, _ name: UInt16, foreign: Bool) {
        stack.append(index)
        stackNames.append(name)
        stackForeign.append(foreign)
        if name < KnownElement.count { openCounts[Int(name)] += 1 }
    }

    /// Closes the current node (and a form waiting for it, see ``closingForm``).
    mutating func pop() {
        popCurrent()
        if closingForm >= 0, stack.last == closingForm {
            closingForm = -1
            popCurrent()
        }
    }

    private mutating func popCurrent() {
        let index = Int(stack.removeLast())
        arena.ends[index] = Int32(arena.count)
        let name = stackNames.removeLast()
        stackForeign.removeLast()
        if name < KnownElement.count { openCounts[Int(name)] -= 1 }
    }

    /// Pops until the stack has `depth` entries.
    mutating func pop(toDepth depth: Int) {
        while stack.count > depth { pop() }
    }

    /// Closes the raw-text element just opened (and the head, when it was reopened for it).
    mutating func closeRawTextElement() {
        skipsNewline = false
        pop()
        if reopenedHead {
            reopenedHead = false
            pop()
        }
    }

    /// Adds the attributes of a repeated `<html>` or `<body>` that the element does not have yet.
    mutating func mergeAttributes(into element: Int32, _ added: Range<Int32>) {
        guard element >= 0, !added.isEmpty else { return }
        let existing = arena.attributeRange(Int(element))
        let start = Int32(arena.attributes.count)
        for attribute in existing { arena.attributes.append(arena.attributes[attribute]) }
        for attribute in added {
            let name = arena.attributeNameBuffer(Int(attribute))
            if arena.attribute(Int(element), named: name) < 0 {
                arena.attributes.append(arena.attributes[Int(attribute)])
            }
        }
        arena.starts[Int(element)] = start
        arena.lengths[Int(element)] = Int32(arena.attributes.count) - start
    }

    // MARK: Implied html, head and body

    mutating func createHTML(attributes: Range<Int32> = 0..<0) {
        html = insert(KnownElement.html.id, attributes: attributes)
        mode = .beforeHead
    }

    mutating func createHead(attributes: Range<Int32> = 0..<0) {
        head = insert(KnownElement.head.id, attributes: attributes)
        mode = .inHead
    }

    mutating func createBody(attributes: Range<Int32> = 0..<0) {
        body = insert(KnownElement.body.id, attributes: attributes)
        mode = .inBody
    }

    /// Pops the head (and whatever is still open in it).
    mutating func closeHead() {
        if let position = stack.lastIndex(of: head) { pop(toDepth: position) }
        mode = .afterHead
    }

    /// Moves on from any mode before the body to "in body", creating what is missing.
    mutating func openBody() {
        while mode != .inBody {
            switch mode {
            case .initial: createHTML()
            case .beforeHead: createHead()
            case .inHead: closeHead()
            case .inHeadNoscript:
                pop()
                mode = .inHead
            case .afterHead: createBody()
            case .inBody: break
            }
        }
    }

    /// The end of the input: the body exists and every open element is closed.
    mutating func finish() {
        openBody()
        pop(toDepth: 0)
    }

    // MARK: Stack queries

    enum Scope {
        case normal, listItem, button, table
    }

    /// The stack position of the innermost open HTML element named `name` when it is in `scope`.
    func position(of name: UInt16, in scope: Scope) -> Int? {
        if name < KnownElement.count, openCounts[Int(name)] == 0 { return nil }
        var position = stack.count - 1
        while position >= 0 {
            let candidate = stackNames[position]
            if candidate == name, !stackForeign[position] { return position }
            if isBoundary(candidate, foreign: stackForeign[position], scope) { return nil }
            position -= 1
        }
        return nil
    }

    private func isBoundary(_ name: UInt16, foreign: Bool, _ scope: Scope) -> Bool {
        if foreign { return Self.isIntegrationPoint(name) }
        let traits = ElementTraits.of(name)
        switch scope {
        case .normal: return traits.contains(.scopeBoundary)
        case .listItem:
            return traits.contains(.scopeBoundary) || name == KnownElement.ol.id || name == KnownElement.ul.id
        case .button: return traits.contains(.scopeBoundary) || name == KnownElement.button.id
        case .table: return traits.contains(.tableScopeBoundary)
        }
    }

    /// The name of the current node.
    var currentName: UInt16 { stackNames.last ?? UInt16.max }

    /// Pops elements with implied end tags (`p`, `li`, `option` …) other than `except`.
    mutating func generateImpliedEndTags(except: UInt16 = UInt16.max) {
        while let last = stackNames.last, last != except, !stackForeign[stackForeign.count - 1],
            ElementTraits.of(last).contains(.impliedEnd)
        {
            pop()
        }
    }

    /// Closes an open `<p>` in button scope.
    mutating func closeParagraph() {
        if let position = position(of: KnownElement.p.id, in: .button) { pop(toDepth: position) }
    }

    // MARK: Names

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C || byte == 0x0D
    }

    /// `foreignObject`, `desc` and `title` inside SVG hold HTML.
    static func isIntegrationPoint(_ name: UInt16) -> Bool {
        name == KnownElement.foreignobject.id || name == KnownElement.desc.id || name == KnownElement.title.id
    }

    /// The extraction tag of name id `name`.
    @inline(__always)
    static func tag(of name: UInt16) -> HTMLTag {
        name < KnownElement.count ? knownTags[Int(name)] : .other
    }

    private static let knownTags: [HTMLTag] = KnownElement.allCases.map { HTMLTag.byName[$0.name] ?? .other }
}

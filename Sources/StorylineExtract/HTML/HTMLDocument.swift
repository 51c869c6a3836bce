/// A parsed HTML page: the tree as flat arrays (``HTMLArena``), built by Storyline's own parser
/// (``HTMLTokenizer`` and ``HTMLTreeBuilder``) in one pass over the page's UTF-8 bytes.
///
/// Parsing never fails on malformed markup: unclosed and stray tags, misnested blocks and truncated input
/// are repaired the way the HTML Standard's tree construction does in the cases pages need, and
/// character references are decoded. `<html>`, `<head>` and `<body>` always exist. Script and style
/// contents are skipped, except JSON-LD scripts, whose text is kept. Nodes (``HTMLNode``) keep their
/// document alive, so a node can never outlive the tree it points into. Not `Sendable`: parse, read and
/// drop on one task.
///
/// ```swift
/// let document = HTMLDocument(bytes: Array("<p>Hello &amp; welcome</p>".utf8))
/// document?.body?.textContent  // "Hello & welcome"
/// ```
public final class HTMLDocument {
    let arena: HTMLArena
    let names: HTMLNameTable
    let bodyIndex: Int32
    let headIndex: Int32
    /// The number of distinct `class` values (``HTMLArena/Attribute/classID`` runs below it).
    let classValueCount: Int
    /// What content extraction and metadata make of each distinct class value, filled as they go
    /// (`UInt16.max` where not yet known).
    var classCategories: [UInt16] = []
    var classMarkers: [UInt16] = []

    /// Parses `bytes` as HTML; nil only for empty input.
    ///
    /// The bytes are decoded to UTF-8 first (``TextEncodingResolver``, ``TextEncodingDecoder``); a UTF-8
    /// page is parsed in place, without a copy.
    ///
    /// - Parameters:
    ///   - bytes: the page as received.
    ///   - url: the page's address (kept for API compatibility; relative links are resolved by the callers
    ///     that need them).
    ///   - encoding: the charset the transport declared (an HTTP or WARC `Content-Type`), as a label or a
    ///     whole `Content-Type` value. It wins over the page's `<meta charset>`, but a byte-order mark wins
    ///     over it, and so do bytes that are plainly UTF-8; nil leaves the choice to the page and detection.
    public init?(bytes: [UInt8], url: String? = nil, encoding: String? = nil) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let resolution = TextEncodingResolver().resolve(bytes, httpCharset: encoding)
        let utf8 = TextEncodingDecoder.utf8(bytes, as: resolution)
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return nil }
        let (builder, classValues) = utf8.withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(input: buffer)
            tokenizer.run()
            return (tokenizer.builder, tokenizer.classValues)
        }
        classValueCount = classValues.count
        arena = builder.arena
        names = builder.names
        bodyIndex = builder.body
        headIndex = builder.head
    }

    deinit {
        arena.deallocate()
    }

    /// The root element, `<html>`.
    public var root: HTMLNode? {
        arena.count > 0 ? HTMLNode(0, in: self) : nil
    }

    /// The `<body>` element.
    public var body: HTMLNode? {
        bodyIndex >= 0 ? HTMLNode(bodyIndex, in: self) : nil
    }

    /// The `<head>` element.
    public var head: HTMLNode? {
        headIndex >= 0 ? HTMLNode(headIndex, in: self) : nil
    }

    /// Every element (root included) in document order.
    public var elements: [HTMLNode] {
        (0..<Int32(arena.count)).compactMap { arena.isText(Int($0)) ? nil : HTMLNode($0, in: self) }
    }

    /// The element name of entry `index` as a `String`.
    func name(of index: Int) -> String {
        guard !arena.isText(index) else { return "" }
        let id = arena.names[index]
        if let known = KnownElement(id: id) { return known.name }
        return String(decoding: names.name(of: id), as: UTF8.self)
    }
}

import CLibXML2

/// A parsed HTML page, owned by libxml2's HTML parser and freed when this object goes away.
///
/// Parsing never fails on malformed markup: libxml2 recovers from unclosed tags, stray end tags and
/// truncated input, and entities are decoded. Nodes (``HTMLNode``) keep their document alive, so a
/// node can never outlive the tree it points into. Not `Sendable`: parse, read and drop on one task.
///
/// ```swift
/// let document = HTMLDocument(bytes: Array("<p>Hello &amp; welcome</p>".utf8))
/// document?.body?.textContent  // "Hello & welcome"
/// ```
public final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parses `bytes` as HTML; nil only when libxml2 cannot build a tree at all (e.g. empty input).
    ///
    /// The bytes are decoded to UTF-8 first (``TextEncodingResolver``, ``TextEncodingDecoder``) and libxml2
    /// is told they are UTF-8 and to ignore the page's own `<meta charset>`, so it never second-guesses the
    /// resolver. A UTF-8 page is parsed in place, without a copy.
    ///
    /// - Parameters:
    ///   - bytes: the page as received.
    ///   - url: the page's address, used by libxml2 as the document's base URL.
    ///   - encoding: the charset the transport declared (an HTTP or WARC `Content-Type`), as a label or a
    ///     whole `Content-Type` value. It wins over the page's `<meta charset>`, but a byte-order mark wins
    ///     over it, and so do bytes that are plainly UTF-8; nil leaves the choice to the page and detection.
    public init?(bytes: [UInt8], url: String? = nil, encoding: String? = nil) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let resolution = TextEncodingResolver().resolve(bytes, httpCharset: encoding)
        let utf8 = TextEncodingDecoder.utf8(bytes, as: resolution)
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return nil }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        )
        let parsed = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), url, "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        pointer = parsed
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element (normally `<html>`, which libxml2 adds when the page omits it).
    public var root: HTMLNode? {
        xmlDocGetRootElement(pointer).map { HTMLNode($0, in: self) }
    }

    /// The `<body>` element, when there is one.
    public var body: HTMLNode? {
        root?.children.first { $0.name == "body" }
    }

    /// The `<head>` element, when there is one.
    public var head: HTMLNode? {
        root?.children.first { $0.name == "head" }
    }

    /// Every element under ``root`` (root included) in document order. Iterative: safe on deep trees.
    public var elements: [HTMLNode] {
        guard let root else { return [] }
        var result: [HTMLNode] = []
        var walker = HTMLTreeWalker(root: root)
        while let event = walker.next() {
            if case .enter(let node) = event, node.isElement { result.append(node) }
        }
        return result
    }
}

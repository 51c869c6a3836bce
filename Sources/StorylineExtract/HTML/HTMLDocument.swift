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
    /// - Parameters:
    ///   - bytes: the page as received.
    ///   - url: the page's address, used by libxml2 as the document's base URL.
    ///   - encoding: a character-set name (e.g. from an HTTP `Content-Type`). When nil, the encoding is
    ///     sniffed: a byte-order mark or `<meta charset>` is left to libxml2, otherwise valid UTF-8 is read
    ///     as UTF-8 and anything else as windows-1252 (see ``HTMLEncodingSniffer``).
    public init?(bytes: [UInt8], url: String? = nil, encoding: String? = nil) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let hint = encoding ?? HTMLEncodingSniffer.encodingHint(for: bytes)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        )
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), url, hint, options)
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

import CLibXML2

/// A parsed XML document (a feed or an OPML list), owned by libxml2 and freed with this object.
///
/// Parsed the safe way for input from anywhere: recover mode (broken feeds are common), no network
/// (`XML_PARSE_NONET`), no entity substitution (`XML_PARSE_NOENT` is *not* set, so external entities are
/// never loaded and internal ones never expanded: ``XMLElement/text`` skips entity references it does not
/// know as HTML entities), no DTD loading, and libxml2's default limits (`XML_PARSE_HUGE` is not set: depth
/// 256, 10 MB per text node; its entity amplification check stops a "billion laughs" document where it
/// starts). HTML character names that sloppy feeds use undeclared (`&nbsp;`) are kept as characters
/// (``XMLEntityRepair``). Not `Sendable`: parse, read and drop on one task.
final class XMLTree {
    let pointer: xmlDocPtr

    /// libxml2 wants one global initialisation before documents are parsed on several threads.
    private static let initialized: Void = { xmlInitParser() }()

    /// Parses `bytes`; nil when libxml2 cannot build even a partial tree (empty or non-XML input).
    ///
    /// - Parameter url: the document's address, the base for relative links (`xml:base` inherits from it).
    init?(bytes: [UInt8], url: String? = nil) {
        Self.initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let bytes = XMLEntityRepair.repaired(bytes) ?? bytes
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
        )
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlReadMemory(base, Int32(buffer.count), url, nil, options)
            }
        }
        guard let parsed else { return nil }
        pointer = parsed
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element, when there is one.
    var root: XMLElement? {
        xmlDocGetRootElement(pointer).map { XMLElement($0, in: self) }
    }
}

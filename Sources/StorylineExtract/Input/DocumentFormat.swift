import Foundation

/// The kinds of input Storyline reads, chosen by file name and content.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case plainText = "text"
    case jsonLines = "jsonl"
    case html
    /// An RSS, RDF, Atom or JSON feed: one article per entry.
    case feed
    /// An OPML subscription list: the local feeds it lists are read.
    case opml
    /// A WARC web archive (also gzipped): one article per captured HTML page.
    case warc

    /// The format of `document`: by its extension when telling, else by sniffing the first bytes.
    ///
    /// `.json` is a JSON Feed only when its content says so (`"version": "https://jsonfeed.org/version/1…"`);
    /// `.xml` is whatever its root element is; gzip data that inflates to `WARC/1.` is a WARC file.
    public static func detect(_ document: RawDocument) -> DocumentFormat {
        var name = document.name.lowercased()
        if name.hasSuffix(".gz") { name = String(name.dropLast(3)) }
        let ext = (name as NSString).pathExtension
        let head = document.data.prefix(FeedSniffer.headLength)
        switch ext {
        case "jsonl", "ndjson": return .jsonLines
        case "html", "htm", "xhtml": return .html
        case "warc": return .warc
        case "opml": return .opml
        case "rss", "atom", "rdf", "xml": return FeedSniffer.kind(of: head) == .opml ? .opml : .feed
        // A JSON Feed may put its version after a long head; JSON Lines never has it at the top level.
        case "json" where FeedSniffer.isJSONFeed(Array(document.data)): return .feed
        default: break
        }
        if head.starts(with: Array("WARC/1.".utf8)) { return .warc }
        if head.starts(with: [0x1f, 0x8b]) {
            let inflated = Gunzip.inflatedPrefix(of: document.data, count: 8)
            return inflated.starts(with: Array("WARC/1.".utf8)) ? .warc : .plainText
        }
        switch FeedSniffer.kind(of: head) {
        case .feed: return .feed
        case .opml: return .opml
        case nil: break
        }
        guard let first = head.firstIndex(where: { !Self.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF })
        else { return .plainText }
        if head[first] == UInt8(ascii: "{") { return .jsonLines }
        if head[first] == UInt8(ascii: "<") {
            let lowered = String(decoding: head, as: UTF8.self).lowercased()
            if lowered.contains("<html") || lowered.contains("<!doctype html") || lowered.contains("<body")
                || lowered.contains("<head") || lowered.contains("<p")
            {
                return .html
            }
        }
        return .plainText
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

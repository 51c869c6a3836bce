/// Tells feeds, OPML lists and JSON Feeds from other documents by their first bytes, without parsing.
enum FeedSniffer {
    /// What the first bytes of a document say it is.
    enum Kind: Equatable {
        /// RSS, RDF (RSS 0.90/1.0), Atom or JSON Feed.
        case feed
        case opml
    }

    /// How many leading bytes are looked at.
    static let headLength = 4096

    /// `.feed` or `.opml` when the document's root element (or JSON object) says so, else nil.
    static func kind(of bytes: some Collection<UInt8>) -> Kind? {
        let head = Array(bytes.prefix(headLength))
        if isJSONFeed(head) { return .feed }
        guard let root = rootElementName(head) else { return nil }
        let local = root.split(separator: ":").last.map(String.init) ?? root
        switch local {
        case "rss", "RDF": return .feed
        case "opml": return .opml
        case "feed":
            let lowered = String(decoding: head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
            return lowered.contains("http://www.w3.org/2005/atom") || lowered.contains("purl.org/atom/ns") ? .feed : nil
        default: return nil
        }
    }

    /// Whether `bytes` start a JSON object with `"version": "https://jsonfeed.org/version/1…"`.
    static func isJSONFeed(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.firstIndex(where: { !isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
            bytes[first] == UInt8(ascii: "{")
        else { return false }
        let key = Array("\"version\"".utf8)
        var index = first
        while let found = firstRange(of: key, in: bytes, from: index) {
            var position = found + key.count
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                index = found + 1
                continue
            }
            position += 1
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            let value = String(decoding: bytes[position...].prefix(40), as: UTF8.self)
            if value.hasPrefix("\"https://jsonfeed.org/version/1") || value.hasPrefix("\"http://jsonfeed.org/version/1")
            {
                return true
            }
            index = found + 1
        }
        return false
    }

    /// The qualified name of the first element, after the XML declaration, comments, processing
    /// instructions and a DOCTYPE; nil when the head does not start like XML.
    static func rootElementName(_ bytes: [UInt8]) -> String? {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "<") else { return nil }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") {
                guard let end = firstRange(of: Array("?>".utf8), in: bytes, from: index) else { return nil }
                index = end + 2
            } else if bytes[index...].starts(with: Array("<!--".utf8)) {
                guard let end = firstRange(of: Array("-->".utf8), in: bytes, from: index + 4) else { return nil }
                index = end + 3
            } else if next == UInt8(ascii: "!") {
                // <!DOCTYPE …> with an optional [internal subset].
                var position = index + 2
                var inSubset = false
                while position < bytes.count, inSubset || bytes[position] != UInt8(ascii: ">") {
                    if bytes[position] == UInt8(ascii: "[") { inSubset = true }
                    if bytes[position] == UInt8(ascii: "]") { inSubset = false }
                    position += 1
                }
                guard position < bytes.count else { return nil }
                index = position + 1
            } else {
                var end = index + 1
                while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">"),
                    bytes[end] != UInt8(ascii: "/")
                {
                    end += 1
                }
                guard end > index + 1 else { return nil }
                return String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            }
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The index where `needle` first occurs in `bytes` at or after `start`.
    static func firstRange(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

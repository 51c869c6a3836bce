/// Chooses the character-set hint handed to libxml2 when the caller does not know the encoding.
///
/// libxml2 honours a byte-order mark and `<meta charset>` only when no encoding is forced, so those
/// pages get no hint. Without either, libxml2 2.9 falls back to a guess that garbles UTF-8 pages
/// without a declaration; valid UTF-8 is therefore declared UTF-8 and anything else windows-1252,
/// the de-facto default of the web.
enum HTMLEncodingSniffer {
    /// How many leading bytes are searched for a `<meta charset>` declaration (HTML's prescan limit).
    static let prescanLength = 4096

    static func encodingHint(for bytes: [UInt8]) -> String? {
        if hasByteOrderMark(bytes) || declaresCharset(bytes) { return nil }
        return isValidUTF8(bytes) ? "UTF-8" : "windows-1252"
    }

    static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
    }

    /// Whether `charset` appears inside a `<meta` tag in the first ``prescanLength`` bytes.
    static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(prescanLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let meta = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        var index = 0
        while index + meta.count <= head.count {
            guard head[index..<index + meta.count].elementsEqual(meta) else {
                index += 1
                continue
            }
            let tagEnd = head[index...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if contains(head[index..<tagEnd], charset) { return true }
            index = tagEnd
        }
        return false
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var start = haystack.startIndex
        while start + needle.count <= haystack.endIndex {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}

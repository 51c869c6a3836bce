import Foundation

/// The kinds of input Storyline reads, chosen by file name and content.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case plainText = "text"
    case jsonLines = "jsonl"
    case html

    /// The format of `document`: by its extension when telling, else by sniffing the first bytes.
    public static func detect(_ document: RawDocument) -> DocumentFormat {
        var name = document.name.lowercased()
        if name.hasSuffix(".gz") { name = String(name.dropLast(3)) }
        let ext = (name as NSString).pathExtension
        switch ext {
        case "jsonl", "ndjson": return .jsonLines
        case "html", "htm", "xhtml": return .html
        default: break
        }
        let head = document.data.prefix(4096)
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

/// Escaping for text placed in HTML element content and in quoted attribute values.
enum HTMLEscaping {
    /// Replaces `&`, `<`, `>`, `"` and `'` with character references, so the result is safe both as
    /// element content and inside a single- or double-quoted attribute.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A value usable in an `id` attribute and a `#fragment`: letters, digits, `-` and `_` kept,
    /// everything else replaced by `-`.
    static func identifier(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
    }
}

/// Why ``TextEncodingResolver`` chose an encoding, from the strongest evidence to the weakest.
public enum TextEncodingSource: String, Hashable, Sendable, CustomStringConvertible {
    /// The bytes start with a UTF-8, UTF-16LE or UTF-16BE byte-order mark, which wins over any label.
    case byteOrderMark
    /// The charset of the HTTP `Content-Type` header (or a WARC record's copy of it).
    case httpHeader
    /// A `<meta charset>`, a `<meta http-equiv="Content-Type">` or an XML declaration in the page.
    case metaDeclaration
    /// Found from the bytes: they are valid UTF-8, or ICU's charset detector recognised them.
    case detected
    /// Nothing declared and nothing recognised: windows-1252, the web's default for legacy pages.
    case fallback

    public var description: String { rawValue }
}

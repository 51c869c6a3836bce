/// The encoding ``TextEncodingResolver`` chose for some bytes, and the evidence for it.
public struct TextEncodingResolution: Hashable, Sendable, CustomStringConvertible {
    /// The encoding to decode with.
    public var encoding: TextEncoding
    /// Why it was chosen.
    public var source: TextEncodingSource
    /// How many leading bytes are a byte-order mark (0, 2 or 3); decoding skips them.
    public var byteOrderMarkLength: Int
    /// ICU's confidence (0–100) when its charset detector chose the encoding; nil otherwise.
    public var confidence: Int?
    /// A declared encoding (HTTP header or markup) that was not followed: a byte-order mark said
    /// otherwise, or the bytes are valid UTF-8 although the declaration names a legacy charset.
    public var overriddenDeclaration: TextEncoding?
    /// Whether the bytes were checked and found to be valid UTF-8, so decoding them is free.
    var isKnownValidUTF8: Bool

    public init(
        encoding: TextEncoding, source: TextEncodingSource, byteOrderMarkLength: Int = 0, confidence: Int? = nil,
        overriddenDeclaration: TextEncoding? = nil
    ) {
        self.init(
            encoding: encoding, source: source, byteOrderMarkLength: byteOrderMarkLength, confidence: confidence,
            overriddenDeclaration: overriddenDeclaration, isKnownValidUTF8: false)
    }

    init(
        encoding: TextEncoding, source: TextEncodingSource, byteOrderMarkLength: Int, confidence: Int?,
        overriddenDeclaration: TextEncoding?, isKnownValidUTF8: Bool
    ) {
        self.encoding = encoding
        self.source = source
        self.byteOrderMarkLength = byteOrderMarkLength
        self.confidence = confidence
        self.overriddenDeclaration = overriddenDeclaration
        self.isKnownValidUTF8 = isKnownValidUTF8
    }

    /// `windows-1251 (metaDeclaration)`, `UTF-8 (detected, overriding windows-1252)`.
    public var description: String {
        var text = "\(encoding.name) (\(source)"
        if let confidence { text += ", confidence \(confidence)" }
        if let overriddenDeclaration { text += ", overriding \(overriddenDeclaration.name)" }
        return text + ")"
    }
}

/// Decides which character encoding a page or text file is in, and says why.
///
/// The order follows the WHATWG HTML standard's encoding sniffing:
/// 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything;
/// 2. the charset of the HTTP `Content-Type` header, when the caller has one;
/// 3. `<meta charset>` / `<meta http-equiv="Content-Type">` in the first 4 KB, then an XML declaration
///    (markup only, see ``readsMarkup``);
/// 4. detection: valid UTF-8 is UTF-8; otherwise ICU's charset detector, among plausible answers;
/// 5. windows-1252.
///
/// One deliberate departure from browsers: when a header or the markup names a legacy charset but the
/// bytes are valid UTF-8 holding real multi-byte text (two or more sequences, or one of three bytes or
/// more), UTF-8 wins (source ``TextEncodingSource/detected``, with the declaration kept in
/// ``TextEncodingResolution/overriddenDeclaration``). Pages converted to UTF-8 by a CMS or a scraper
/// while keeping their old `<meta>` are common; legacy text that happens to be valid UTF-8 throughout is
/// not, because its accented letters would have to be followed by exactly the right symbols every time.
/// The reverse mislabel (declared UTF-8, bytes that are not) is decoded as UTF-8 with U+FFFD for the
/// broken sequences, as browsers do.
///
/// ```swift
/// let resolution = TextEncodingResolver().resolve(bytes, httpCharset: "text/html; charset=koi8-r")
/// resolution.encoding   // KOI8-R
/// resolution.source     // .httpHeader
/// let text = TextEncodingDecoder.string(bytes, as: resolution)
/// ```
///
/// Cost: one pass over the bytes to validate UTF-8 (ASCII eight bytes at a time) plus a prescan of at
/// most 4 KB; ICU's detector only runs on undeclared bytes that are not UTF-8.
public struct TextEncodingResolver: Sendable {
    /// Whether the bytes are markup whose `<meta>` and XML declarations count, and whose text (not tags)
    /// is what detection looks at. True for HTML; false for plain text.
    public var readsMarkup: Bool
    /// The lowest ICU detector confidence (0–100) taken as an answer; below it the result is the
    /// windows-1252 fallback.
    public var minimumConfidence: Int

    /// A resolver for HTML pages (`readsMarkup: true`) or plain text (`false`).
    public init(readsMarkup: Bool = true, minimumConfidence: Int = 10) {
        self.readsMarkup = readsMarkup
        self.minimumConfidence = minimumConfidence
    }

    /// The encoding of `bytes` and why it was chosen.
    ///
    /// - Parameters:
    ///   - bytes: the page or file as received.
    ///   - httpCharset: the charset the transport declared, as a label (`"Shift_JIS"`) or as a whole
    ///     `Content-Type` value (`"text/html; charset=Shift_JIS"`). Unknown labels are ignored.
    public func resolve(_ bytes: [UInt8], httpCharset: String? = nil) -> TextEncodingResolution {
        bytes.withUnsafeBufferPointer { resolve($0, httpCharset: httpCharset) }
    }

    /// ``resolve(_:httpCharset:)`` over a buffer.
    public func resolve(_ bytes: UnsafeBufferPointer<UInt8>, httpCharset: String? = nil) -> TextEncodingResolution {
        var header = httpCharset.flatMap { TextEncoding(label: $0) ?? TextEncoding(contentType: $0) }
        if let mark = Self.byteOrderMark(of: bytes) {
            let rest = UnsafeBufferPointer(rebasing: bytes[mark.length...])
            return TextEncodingResolution(
                encoding: mark.encoding, source: .byteOrderMark, byteOrderMarkLength: mark.length, confidence: nil,
                overriddenDeclaration: header == mark.encoding ? nil : header,
                isKnownValidUTF8: mark.encoding.isUTF8 && UTF8Scan(rest).isValid)
        }
        // UTF-16 has no byte-order mark here; a header claiming it for a page whose tags are plain ASCII
        // bytes is wrong (in UTF-16 every `<` is followed by a zero byte).
        if let declared = header, declared.isUTF16, Self.hasASCIITag(in: bytes) { header = nil }
        let scan = UTF8Scan(bytes)
        if let header { return declared(header, source: .httpHeader, scan: scan) }
        if readsMarkup, let meta = CharsetPrescanner.declaredEncoding(in: bytes) {
            return declared(meta, source: .metaDeclaration, scan: scan)
        }
        if scan.isUTF8 { return Self.utf8(.detected, scan: scan) }
        return detect(bytes)
    }

    /// The resolution for a declared encoding, unless the bytes are convincingly UTF-8 instead.
    private func declared(_ encoding: TextEncoding, source: TextEncodingSource, scan: UTF8Scan)
        -> TextEncodingResolution
    {
        if encoding.isUTF8 { return Self.utf8(source, scan: scan) }
        if scan.isConvincingUTF8 {
            var resolution = Self.utf8(.detected, scan: scan)
            resolution.overriddenDeclaration = encoding
            return resolution
        }
        return TextEncodingResolution(encoding: encoding, source: source)
    }

    private static func utf8(_ source: TextEncodingSource, scan: UTF8Scan) -> TextEncodingResolution {
        TextEncodingResolution(
            encoding: .utf8, source: source, byteOrderMarkLength: 0, confidence: nil, overriddenDeclaration: nil,
            isKnownValidUTF8: scan.isValid)
    }

    /// ICU's best plausible guess with at least ``minimumConfidence``, else windows-1252.
    private func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncodingResolution {
        let sample = readsMarkup ? DetectionSample.text(ofMarkup: bytes) : Array(bytes.prefix(DetectionSample.limit))
        let best = sample.withUnsafeBufferPointer { ICUCharsetDetector.guesses(for: $0) }.first
        if let best, best.confidence >= minimumConfidence {
            return TextEncodingResolution(encoding: best.encoding, source: .detected, confidence: best.confidence)
        }
        return TextEncodingResolution(encoding: .windows1252, source: .fallback)
    }

    /// The encoding and length of a byte-order mark at the start of `bytes`.
    static func byteOrderMark(of bytes: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, length: Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        return nil
    }

    /// Whether the first kilobyte has `<` right before a letter, `!`, `/` or `?`: ASCII markup, not UTF-16.
    static func hasASCIITag(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = min(bytes.count, 1024)
        var index = 0
        while index + 1 < end {
            if bytes[index] == UInt8(ascii: "<") {
                let next = bytes[index + 1]
                if CharsetPrescanner.isLetter(next) || next == UInt8(ascii: "!") || next == UInt8(ascii: "/")
                    || next == UInt8(ascii: "?")
                {
                    return true
                }
            }
            index += 1
        }
        return false
    }
}

/// Turns bytes into UTF-8 as a ``TextEncodingResolution`` (or a known ``TextEncoding``) says.
///
/// Valid UTF-8 is returned as a slice of the input, without copying; anything else is converted by ICU.
/// The result is always valid UTF-8: broken sequences become U+FFFD, never a crash or an error.
///
/// ```swift
/// let resolution = TextEncodingResolver().resolve(page)
/// let utf8 = TextEncodingDecoder.utf8(page, as: resolution)  // ArraySlice<UInt8>
/// ```
public enum TextEncodingDecoder {
    /// The UTF-8 bytes of `bytes` without their byte-order mark; a slice of `bytes` itself when they are
    /// valid UTF-8 already.
    public static func utf8(_ bytes: [UInt8], as resolution: TextEncodingResolution) -> ArraySlice<UInt8> {
        let body = bytes[min(resolution.byteOrderMarkLength, bytes.count)...]
        guard resolution.encoding.isUTF8 else { return ArraySlice(convert(body, from: resolution.encoding)) }
        if resolution.isKnownValidUTF8 || body.withUnsafeBufferPointer({ UTF8Scan($0).isValid }) { return body }
        return ArraySlice(repairedUTF8(body))
    }

    /// The UTF-8 bytes of `bytes` read as `encoding` (a byte-order mark, if any, is decoded as text).
    public static func utf8(_ bytes: [UInt8], encoding: TextEncoding) -> ArraySlice<UInt8> {
        utf8(bytes, as: TextEncodingResolution(encoding: encoding, source: .httpHeader))
    }

    /// The text of `bytes` as `resolution` says.
    public static func string(_ bytes: [UInt8], as resolution: TextEncodingResolution) -> String {
        String(decoding: utf8(bytes, as: resolution), as: UTF8.self)
    }

    private static func convert(_ body: ArraySlice<UInt8>, from encoding: TextEncoding) -> [UInt8] {
        let converted = body.withUnsafeBufferPointer {
            ICUConverter.utf8(from: $0, converterName: encoding.converterName)
        }
        // Only an input over 700 MB or a broken ICU installation gets here; lossy UTF-8 beats nothing.
        return converted ?? repairedUTF8(body)
    }

    /// `bytes` with every ill-formed sequence replaced by U+FFFD (one per maximal subpart, as WHATWG does).
    static func repairedUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}

extension TextEncoding {
    /// The encoding named by the `charset` parameter of a `Content-Type` value, e.g.
    /// `text/html; charset="Shift_JIS"`; nil when there is none or it names no known encoding.
    public init?(contentType: some StringProtocol) {
        guard let label = Self.charset(inContentType: contentType) else { return nil }
        self.init(label: label)
    }

    /// The `charset` parameter of a `Content-Type` header value, unquoted and as written:
    /// `Shift_JIS` for `text/html; Charset="Shift_JIS"`, nil for `text/html`.
    ///
    /// Parameter names match case-insensitively; the media type itself is not checked, so a bare
    /// `charset=utf-8` works too.
    public static func charset(inContentType contentType: some StringProtocol) -> String? {
        let bytes = Array(contentType.utf8)
        var index = 0
        while index < bytes.count {
            // A parameter name runs from the start or a `;` to `=`; the media type has no `=` and is skipped.
            var nameEnd = index
            while nameEnd < bytes.count, bytes[nameEnd] != UInt8(ascii: "="), bytes[nameEnd] != UInt8(ascii: ";") {
                nameEnd += 1
            }
            guard nameEnd < bytes.count else { return nil }
            if bytes[nameEnd] == UInt8(ascii: ";") {
                index = nameEnd + 1
                continue
            }
            let (value, next) = parameterValue(in: bytes, from: nameEnd + 1)
            if isCharsetName(bytes[index..<nameEnd]) {
                return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
            }
            index = next
        }
        return nil
    }

    /// Whether `name` is `charset` in any case, give or take surrounding whitespace.
    private static func isCharsetName(_ name: ArraySlice<UInt8>) -> Bool {
        var trimmed = name
        while let first = trimmed.first, isASCIIWhitespace(first) { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, isASCIIWhitespace(last) { trimmed = trimmed.dropLast() }
        return trimmed.map(CharsetPrescanner.lowercased).elementsEqual("charset".utf8)
    }

    /// A parameter value from `start` (just past `=`): quoted (with `\` escapes) or up to `;`, trimmed;
    /// and the index after the `;` that ends it.
    private static func parameterValue(in bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
        var index = start
        while index < bytes.count, isASCIIWhitespace(bytes[index]) { index += 1 }
        var value: [UInt8] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count { index += 1 }
                value.append(bytes[index])
                index += 1
            }
            while index < bytes.count, bytes[index] != UInt8(ascii: ";") { index += 1 }
            return (value, index + 1)
        }
        while index < bytes.count, bytes[index] != UInt8(ascii: ";") {
            value.append(bytes[index])
            index += 1
        }
        while let last = value.last, isASCIIWhitespace(last) { value.removeLast() }
        return (value, index + 1)
    }
}

import Foundation

/// Turns the bytes of a text input into a `String`, refusing binary data and text that is not UTF-8.
public enum TextDecoder {
    /// The UTF-8 text of `data` without a byte-order mark, with CRLF and CR line ends made LF.
    public static func decode(_ data: Data, name: String) throws(InputError) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError(.invalidEncoding, "text is UTF-16; convert it to UTF-8 first", file: name)
        }
        if let junk = binaryEvidence(in: bytes.prefix(8192)) {
            throw InputError(.binaryContent, "looks like binary data, not text (\(junk))", file: name)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (message, line) = invalidUTF8Message(bytes)
            throw InputError(.invalidEncoding, message, file: name, line: line)
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw InputError(.emptyInput, "input is empty", file: name)
        }
        if !text.contains("\r") { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Why `bytes` look binary, or nil: a NUL byte, or more than 10% control characters.
    static func binaryEvidence(in bytes: some Collection<UInt8>) -> String? {
        guard !bytes.isEmpty else { return nil }
        var controls = 0
        for byte in bytes {
            if byte == 0 { return "contains NUL bytes" }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        if controls * 10 > bytes.count { return "\(controls) control bytes in the first \(bytes.count)" }
        return nil
    }

    private static func invalidUTF8Message(_ bytes: Data.SubSequence) -> (String, Int) {
        // Find the first offending byte so the user can look at it.
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var badOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                badOffset = offset
                break loop
            }
        }
        let index = bytes.index(bytes.startIndex, offsetBy: min(badOffset, bytes.count - 1))
        let byte = String(bytes[index], radix: 16, uppercase: true)
        let line = bytes[bytes.startIndex..<index].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let message = "not valid UTF-8 (byte 0x\(byte) at offset \(badOffset)); "
            + "the text may be in another charset such as windows-1252: convert it to UTF-8 first"
        return (message, line)
    }
}

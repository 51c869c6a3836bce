/// Parses JSON the way pages actually write it in `<script type="application/ld+json">`.
///
/// Accepts what strict parsers reject but publishers ship: raw line breaks inside strings, trailing and
/// missing commas, comments, single-quoted strings, a `<!--` or `<![CDATA[` wrapper and several
/// top-level values in one script (returned as an array). Never traps: unreadable input gives nil, and
/// nesting deeper than ``maximumDepth`` is cut off so hostile input cannot exhaust the stack.
public struct LenientJSONParser: Sendable {
    /// Containers nested deeper than this are read as null.
    public var maximumDepth = 64

    /// A parser with the default depth limit.
    public init() {}

    /// The value(s) in `text`, or nil when it holds no JSON object or array.
    public func parse(_ text: String) -> JSONValue? {
        var scanner = Scanner(bytes: Self.withoutWrappers(Array(text.utf8)), maximumDepth: maximumDepth)
        var values: [JSONValue] = []
        while scanner.skipToContainer() {
            let before = scanner.position
            if let value = scanner.value(depth: 0) { values.append(value) }
            if scanner.position == before { scanner.position += 1 }
        }
        switch values.count {
        case 0: return nil
        case 1: return values[0]
        default: return .array(values)
        }
    }

    /// `bytes` with the wrappers old pages put around scripts (`<![CDATA[`, `]]>`, `<!--`, `-->`) replaced
    /// by a space each: their brackets would read as an array.
    static func withoutWrappers(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "<")) || bytes.contains(UInt8(ascii: ">")) else { return bytes }
        var result = bytes
        for wrapper in ["<![CDATA[", "]]>", "<!--", "-->"].map({ Array($0.utf8) }) {
            guard result.count >= wrapper.count else { continue }
            var output: [UInt8] = []
            var index = 0
            var found = false
            while index < result.count {
                if result[index] == wrapper[0], index + wrapper.count <= result.count,
                    result[index..<index + wrapper.count].elementsEqual(wrapper)
                {
                    if !found {
                        output.reserveCapacity(result.count)
                        output.append(contentsOf: result[..<index])
                        found = true
                    }
                    output.append(0x20)
                    index += wrapper.count
                } else {
                    if found { output.append(result[index]) }
                    index += 1
                }
            }
            if found { result = output }
        }
        return result
    }

    private struct Scanner {
        let bytes: [UInt8]
        let maximumDepth: Int
        var position = 0

        init(bytes: [UInt8], maximumDepth: Int) {
            self.bytes = bytes
            self.maximumDepth = maximumDepth
        }

        private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        /// Moves to the next `{` or `[`; false at the end.
        mutating func skipToContainer() -> Bool {
            while let byte = current {
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { return true }
                position += 1
            }
            return false
        }

        mutating func skipSpaceAndComments() {
            while let byte = current {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    position += 1
                } else if byte == 0xC2, position + 1 < bytes.count, bytes[position + 1] == 0xA0 {
                    position += 2  // a no-break space
                } else if byte == UInt8(ascii: "/"), position + 1 < bytes.count,
                    bytes[position + 1] == UInt8(ascii: "/")
                {
                    while let next = current, next != 0x0A { position += 1 }
                } else if byte == UInt8(ascii: "/"), position + 1 < bytes.count,
                    bytes[position + 1] == UInt8(ascii: "*")
                {
                    position += 2
                    while position + 1 < bytes.count,
                        !(bytes[position] == UInt8(ascii: "*") && bytes[position + 1] == UInt8(ascii: "/"))
                    {
                        position += 1
                    }
                    position = min(bytes.count, position + 2)
                } else {
                    return
                }
            }
        }

        mutating func value(depth: Int) -> JSONValue? {
            skipSpaceAndComments()
            guard let byte = current else { return nil }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard depth < maximumDepth else {
                    skipContainer()
                    return .null
                }
                return byte == UInt8(ascii: "{") ? object(depth: depth + 1) : array(depth: depth + 1)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                return .string(string())
            default:
                return bareWord()
            }
        }

        private mutating func object(depth: Int) -> JSONValue? {
            position += 1
            var members: [String: JSONValue] = [:]
            while true {
                skipSpaceAndComments()
                guard let byte = current else { break }
                if byte == UInt8(ascii: "}") {
                    position += 1
                    break
                }
                if byte == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                let key: String
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    key = string()
                } else {
                    key = word()
                    if key.isEmpty {
                        position += 1
                        continue
                    }
                }
                skipSpaceAndComments()
                guard current == UInt8(ascii: ":") else { continue }
                position += 1
                let before = position
                let member = value(depth: depth)
                if position == before { position += 1 }
                if let member { members[key] = member }
            }
            return .object(members)
        }

        private mutating func array(depth: Int) -> JSONValue? {
            position += 1
            var elements: [JSONValue] = []
            while true {
                skipSpaceAndComments()
                guard let byte = current else { break }
                if byte == UInt8(ascii: "]") {
                    position += 1
                    break
                }
                if byte == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                let before = position
                let element = value(depth: depth)
                if position == before { position += 1 }
                if let element { elements.append(element) }
            }
            return .array(elements)
        }

        /// Steps over a container too deep to read, counting brackets outside strings; no recursion.
        private mutating func skipContainer() {
            var open = 0
            var quote: UInt8?
            while let byte = current {
                position += 1
                if let active = quote {
                    if byte == UInt8(ascii: "\\") {
                        position += 1
                    } else if byte == active {
                        quote = nil
                    }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    open += 1
                } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    open -= 1
                    if open == 0 { return }
                }
            }
        }

        private mutating func string() -> String {
            let quote = bytes[position]
            position += 1
            var buffer: [UInt8] = []
            while let byte = current {
                position += 1
                if byte == quote { break }
                guard byte == UInt8(ascii: "\\"), let escaped = current else {
                    buffer.append(byte)
                    continue
                }
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "b"), UInt8(ascii: "f"): buffer.append(0x20)
                case UInt8(ascii: "u"): buffer.append(contentsOf: unicodeEscape())
                default: buffer.append(escaped)
                }
            }
            return String(decoding: buffer, as: UTF8.self)
        }

        /// Reads the hex digits after `\u` (and a following low surrogate) as UTF-8 bytes.
        private mutating func unicodeEscape() -> [UInt8] {
            guard var code = hexQuad() else { return [] }
            if (0xD800...0xDBFF).contains(code), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            {
                let saved = position
                position += 2
                if let low = hexQuad(), (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    position = saved
                }
            }
            guard let scalar = Unicode.Scalar(code) else { return Array("\u{FFFD}".utf8) }
            return Array(String(Character(scalar)).utf8)
        }

        private mutating func hexQuad() -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var code: UInt32 = 0
            for byte in bytes[position..<position + 4] {
                guard let digit = Self.hexDigit(byte) else { return nil }
                code = code * 16 + digit
            }
            position += 4
            return code
        }

        private static func hexDigit(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        /// A run of characters up to a delimiter: unquoted keys, numbers, true/false/null.
        private mutating func word() -> String {
            let start = position
            while let byte = current, !Self.isDelimiter(byte) { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        private mutating func bareWord() -> JSONValue? {
            let text = word()
            switch text {
            case "": return nil
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null", "undefined": return .null
            default: return Double(text).map(JSONValue.number) ?? .string(text)
            }
        }

        private static func isDelimiter(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "{"),
                UInt8(ascii: "["), UInt8(ascii: "\""), 0x20, 0x09, 0x0A, 0x0D:
                true
            default:
                false
            }
        }
    }
}

import StorylineCore

/// An HTTP response as a WARC `response` record stores it: status line, headers and the body as sent.
struct HTTPResponse {
    var status: Int
    var headers: [(name: String, value: String)]
    /// The body as it was on the wire (possibly chunked and compressed).
    var rawBody: ArraySlice<UInt8>

    /// Parses the response in `block`; nil when it does not start with an `HTTP/x y` status line or has no
    /// end of headers.
    init?(parsing block: [UInt8]) {
        guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
        // Headers end at the first blank line (CRLF CRLF, or bare LF LF from sloppy writers).
        var index = 0
        var headerEnd: Int?
        var bodyStart = block.count
        while index < block.count, index < 256 * 1024 {
            if block[index] == 0x0A {
                if index + 1 < block.count, block[index + 1] == 0x0A {
                    headerEnd = index
                    bodyStart = index + 2
                    break
                }
                if index + 2 < block.count, block[index + 1] == 0x0D, block[index + 2] == 0x0A {
                    headerEnd = index
                    bodyStart = index + 3
                    break
                }
            }
            index += 1
        }
        // A response with headers only (no body at all) may end without the blank line.
        guard let end = headerEnd ?? (block.count < 256 * 1024 ? block.count : nil) else { return nil }
        let lines = block[..<end].split(separator: 0x0A).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        guard let statusLine = lines.first else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]), (100...999).contains(status) else { return nil }
        self.status = status
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingWhitespace()
            } else if let colon = line.firstIndex(of: ":") {
                headers.append(
                    (
                        String(line[..<colon]).trimmingWhitespace(),
                        String(line[line.index(after: colon)...]).trimmingWhitespace()
                    ))
            }
        }
        self.headers = headers
        rawBody = block[min(bodyStart, block.count)...]
    }

    /// The value of the first header named `name`, in any letter case.
    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The body with the transfer encoding (chunked) and content encoding (gzip, deflate) undone.
    ///
    /// A body that a crawler already decoded but whose headers still say so is taken as it is: chunked
    /// framing is undone only when the body parses as chunks, and gzip only when it starts like gzip.
    /// - Throws: ``InputError`` when compressed data is corrupt or inflates past `maximumSize`, or the
    ///   content encoding is one zlib cannot undo (`br`, `zstd`).
    func body(maximumSize: Int) throws(InputError) -> [UInt8] {
        var body = Array(rawBody)
        if header("Transfer-Encoding")?.lowercased().contains("chunked") == true, let dechunked = Self.dechunk(body) {
            body = dechunked
        }
        let encodings = (header("Content-Encoding") ?? "").lowercased().split(separator: ",")
            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty && $0 != "identity" }
        // Encodings are listed in the order they were applied: undo the last first.
        for encoding in encodings.reversed() {
            switch encoding {
            case "gzip", "x-gzip":
                guard body.starts(with: [0x1f, 0x8b]) else { continue }
                body = try Gunzip.inflate(body, format: .gzip, maximumSize: maximumSize)
            case "deflate":
                // RFC 9110 says zlib-wrapped; some servers send bare deflate.
                let isZlib =
                    body.count >= 2 && body[0] & 0x0F == 8 && (UInt16(body[0]) << 8 | UInt16(body[1])) % 31 == 0
                body = try Gunzip.inflate(body, format: isZlib ? .zlib : .rawDeflate, maximumSize: maximumSize)
            default:
                throw InputError(.unsupportedFormat, "content encoding '\(encoding)' cannot be decoded")
            }
        }
        return body
    }

    /// The payload of a chunked body, or nil when `body` is not chunked (the chunks do not parse).
    /// A body cut short after whole chunks keeps those chunks.
    static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        var index = 0
        while index < body.count {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A), lineEnd - index <= 1024 else { return nil }
            var line = body[index..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            let sizeText = String(decoding: line.prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self).trimmingWhitespace()
            guard !sizeText.isEmpty, sizeText.count <= 16, let size = Int(sizeText, radix: 16), size >= 0 else {
                return nil
            }
            index = lineEnd + 1
            if size == 0 { return output }  // trailers, if any, are not needed
            let end = min(body.count, index + size)
            output += body[index..<end]
            index = end
            // The CRLF after the chunk's data.
            if index < body.count, body[index] == 0x0D { index += 1 }
            if index < body.count, body[index] == 0x0A { index += 1 }
        }
        return output
    }

    /// The media type and charset of the `Content-Type` header.
    var mediaType: MediaType? { header("Content-Type").map(MediaType.init) }
}

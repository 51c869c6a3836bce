import CZlib
import Foundation

/// Writes small WARC files for tests: records, HTTP responses, chunked bodies and gzip members.
enum WARCBuilder {
    /// One WARC record with `CRLF` line ends and the two `CRLF` after its block.
    static func record(
        type: String, uri: String? = nil, date: String = "2024-10-15T10:00:00Z", contentType: String? = nil,
        block: [UInt8], version: String = "1.1", extraHeaders: [String] = []
    ) -> [UInt8] {
        var lines = [
            "WARC/\(version)", "WARC-Type: \(type)", "WARC-Date: \(date)",
            "WARC-Record-ID: <urn:uuid:\(UUID().uuidString.lowercased())>",
        ]
        if let uri { lines.append("WARC-Target-URI: \(uri)") }
        if let contentType { lines.append("Content-Type: \(contentType)") }
        lines += extraHeaders
        lines.append("Content-Length: \(block.count)")
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A `response` record holding an HTTP response.
    static func response(
        uri: String, status: Int = 200, headers: [String] = ["Content-Type: text/html; charset=utf-8"],
        body: [UInt8]
    ) -> [UInt8] {
        record(
            type: "response", uri: uri, contentType: "application/http; msgtype=response",
            block: http(status: status, headers: headers, body: body))
    }

    static func http(status: Int, headers: [String], body: [UInt8]) -> [UInt8] {
        let head = (["HTTP/1.1 \(status) \(status == 200 ? "OK" : "Other")"] + headers).joined(separator: "\r\n")
        return Array((head + "\r\n\r\n").utf8) + body
    }

    /// `body` in chunked transfer encoding, cut into chunks of `size` bytes.
    static func chunked(_ body: [UInt8], size: Int) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < body.count {
            let end = min(body.count, index + size)
            output += Array((String(end - index, radix: 16) + ";ext=1\r\n").utf8) + body[index..<end] + [0x0D, 0x0A]
            index = end
        }
        return output + Array("0\r\n\r\n".utf8)
    }

    /// `bytes` compressed as one gzip member (or a zlib stream, or bare deflate).
    static func gzip(_ bytes: [UInt8], windowBits: Int32 = 16 + MAX_WBITS) -> [UInt8] {
        var stream = z_stream()
        precondition(
            deflateInit2_(
                &stream, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        let written: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                precondition(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return outputBuffer.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(written))
    }

    static func page(title: String, paragraphs: [String]) -> [UInt8] {
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return Array(
            """
            <!DOCTYPE html><html lang="en"><head><title>\(title)</title>
            <meta property="og:site_name" content="Valley Courier"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>\(title)</h1>
            \(body)
            </article><footer>Copyright Valley Courier</footer></body></html>
            """.utf8)
    }
}

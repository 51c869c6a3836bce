import CZlib
import Foundation
import StorylineFetchTestSupport
import StorylineTestSupport
import Testing

@testable import StorylineFetch

@Suite struct WARCTests {
    @Test func everyExchangeIsKeptAsRequestAndResponseRecords() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("crawl.warc.gz")
        let archive = try WARCWriter(path: path, userAgent: "Storyline/1.0")
        let body = Array(TestPages.bridge.utf8)
        let routes: [String: LocalHTTPServer.Route] = [
            "/old": { _ in .redirect("/a") },
            "/a": { _ in .init(headers: [("Content-Type", "text/html")], body: body, chunked: true) },
        ]
        try await withServer(routes, archive: archive) { server, fetcher in
            _ = try await fetcher.fetch(server.url("/old"))
        }
        archive.close()
        #expect(archive.failure == nil)

        let records = try WARCFile.records(in: try WARCFile.gunzipMembers(path))
        // warcinfo; robots.txt (404), the redirect and the page, each a request and a response.
        #expect(
            records.map(\.type) == ["warcinfo"] + Array(repeating: ["request", "response"], count: 3).flatMap { $0 })
        #expect(records.count == archive.recordCount)
        for record in records {
            #expect(record.fields["WARC-Record-ID"]?.hasPrefix("<urn:uuid:") == true)
            #expect(record.fields["WARC-Date"]?.hasSuffix("Z") == true)
            #expect(Int(record.fields["Content-Length"] ?? "") == record.block.count)
        }
        let info = records[0]
        #expect(info.fields["Content-Type"] == "application/warc-fields")
        #expect(String(decoding: info.block, as: UTF8.self).contains("http-header-user-agent: Storyline/1.0"))
        for record in records.dropFirst() {
            #expect(record.fields["WARC-Warcinfo-ID"] == info.fields["WARC-Record-ID"])
        }

        let request = records[5]
        let response = records[6]
        #expect(response.fields["WARC-Target-URI"]?.hasSuffix("/a") == true)
        #expect(request.fields["WARC-Concurrent-To"] == response.fields["WARC-Record-ID"])
        #expect(String(decoding: request.block, as: UTF8.self).hasPrefix("GET /a HTTP/1.1\r\nHost: 127.0.0.1:"))
        #expect(response.fields["Content-Type"] == "application/http;msgtype=response")
        let text = String(decoding: response.block, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(!text.lowercased().contains("transfer-encoding"))
        let payload = Array(response.block.suffix(body.count))
        #expect(payload == body)
        #expect(response.fields["WARC-Payload-Digest"] == WARCRecord.digest(body))
        #expect(response.fields["WARC-Block-Digest"] == WARCRecord.digest(response.block))
        #expect(String(decoding: records[4].block, as: UTF8.self).hasPrefix("HTTP/1.1 301 Moved Permanently\r\n"))
    }

    @Test func aBodyCutAtTheCapIsMarkedTruncated() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("big.warc")
        let archive = try WARCWriter(path: path, userAgent: "Storyline/1.0")
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 50_000)
        var configuration = TestPages.configuration(maximumBodySize: 8_000)
        configuration.obeysRobots = false
        try await withServer(
            ["/big": { _ in .init(body: body, chunked: true) }], configuration: configuration, archive: archive
        ) {
            server, fetcher in
            await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/big")) }
        }
        archive.close()
        let records = try WARCFile.records(in: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let response = try #require(records.last)
        #expect(response.fields["WARC-Truncated"] == "length")
        #expect(response.block.count < 8_000 + 200)
    }

    @Test func sha1AndBase32MatchKnownValues() {
        #expect(WARCRecord.digest(Array("abc".utf8)) == "sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5")
        #expect(WARCRecord.digest([]) == "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ")
        #expect(
            WARCRecord.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1000))
                == "sha1:FEPJU3DGTFEUTNL3UXTFANQ6TD6DNMN2")
        var hasher = SHA1()
        for piece in stride(from: 0, to: 1000, by: 37) {
            hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: min(37, 1000 - piece)))
        }
        #expect("sha1:" + Base32.encode(hasher.finalize()) == "sha1:FEPJU3DGTFEUTNL3UXTFANQ6TD6DNMN2")
        #expect(Base32.encode(Array("fo".utf8)) == "MZXQ====")
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI======")
    }
}

/// Test-side WARC reading: gunzip concatenated members, split records.
enum WARCFile {
    struct Record {
        var type: String
        var fields: [String: String]
        var block: [UInt8]
    }

    static func gunzipMembers(_ path: String) throws -> [UInt8] {
        var input = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var output: [UInt8] = []
        var stream = z_stream()
        #expect(storyline_inflateInit2(&stream, 15 + 32) == Z_OK)
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var members = 0
        try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while stream.avail_in > 0 {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output += chunk[0..<(chunk.count - Int(stream.avail_out))]
                if status == Z_STREAM_END {
                    members += 1
                    inflateReset(&stream)
                } else if status != Z_OK {
                    throw CocoaError(.fileReadCorruptFile)
                }
            }
        }
        #expect(members > 1, "each record is its own gzip member")
        return output
    }

    static func records(in bytes: [UInt8]) throws -> [Record] {
        var records: [Record] = []
        var position = 0
        let separator = Array("\r\n\r\n".utf8)
        while position < bytes.count {
            guard let headEnd = find(separator, in: bytes, from: position) else {
                throw CocoaError(.fileReadCorruptFile)
            }
            let head = String(decoding: bytes[position..<headEnd], as: UTF8.self)
            var lines = head.components(separatedBy: "\r\n")
            #expect(lines.removeFirst() == "WARC/1.1")
            var fields: [String: String] = [:]
            for line in lines {
                let parts = line.split(separator: ":", maxSplits: 1)
                fields[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces)
            }
            let length = Int(fields["Content-Length"] ?? "") ?? 0
            let blockStart = headEnd + 4
            records.append(
                Record(
                    type: fields["WARC-Type"] ?? "", fields: fields,
                    block: Array(bytes[blockStart..<(blockStart + length)])))
            #expect(Array(bytes[(blockStart + length)..<(blockStart + length + 4)]) == separator)
            position = blockStart + length + 4
        }
        return records
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

import CZlib
import Foundation
import StorylineStore
import StorylineTestSupport
import Testing

/// `storyline ingest` and `extract` on feeds, OPML lists and WARC files.
@Suite(.serialized) struct FeedIngestTests {
    private func fixture(_ name: String) -> String {
        CLIRunner.fixtures.appendingPathComponent("feeds").appendingPathComponent(name).path
    }

    private func storedTitles(_ folder: TemporaryFolder) async throws -> Set<String> {
        Set(try await ArticleStore(path: folder.path("storyline.sqlite")).articleSummaries().compactMap(\.title))
    }

    @Test func ingestsAnRSSFeed() async throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["ingest", fixture("coast.rss")], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try await storedTitles(folder) == [
                "Lighthouse keeper retires after forty years", "Seal pups counted on the sandbanks",
            ])
        let again = try CLIRunner.run(["ingest", fixture("coast.rss")], in: folder.url)
        #expect(again.stderr.contains("0 new articles, 2 already stored"), "\(again.stderr)")
    }

    @Test func extractsAnAtomFeedAndAJSONFeed() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(
            ["extract", fixture("moor.atom"), fixture("market.json"), "--format", "jsonl"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let articles = try JSONLines.objects(result.stdout)
        #expect(
            articles.map { $0["title"] as? String } == [
                "Wind farm plan goes to public inquiry", "Cheese fair draws record crowd",
            ])
        #expect(articles[0]["url"] as? String == "https://moor.example/news/wind-farm-inquiry")
        #expect(articles[0]["outlet"] as? String == "Moorland Times")
        #expect(articles[0]["author"] as? String == "Iris Hale")
        #expect(articles[0]["published"] as? String == "2024-10-20T08:30:00+01:00")
        #expect(articles[1]["outlet"] as? String == "Market Town Post")
        #expect((articles[1]["text"] as? String)?.contains("a blue from Ashby won the top prize") == true)
    }

    @Test func anOPMLListIngestsItsLocalFeedsAndReportsTheWebFeed() async throws {
        let folder = try TemporaryFolder()
        let list = fixture("list.opml")
        let result = try CLIRunner.run(["ingest", list], in: folder.url)
        #expect(result.status == 1)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(
            errorLines == [
                "error: \(list): feed https://valley-herald.example/rss needs fetching; use `storyline watch \(list)`"
            ])
        #expect(
            try await storedTitles(folder) == [
                "Lighthouse keeper retires after forty years", "Seal pups counted on the sandbanks",
                "Wind farm plan goes to public inquiry",
            ])
    }

    @Test func ingestsAGzippedWARCFileRecordByRecord() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("crawl.warc.gz")
        try Data(Self.crawl().flatMap(Self.gzip)).write(to: URL(fileURLWithPath: path))
        let result = try CLIRunner.run(["ingest", "crawl.warc.gz"], in: folder.url)
        #expect(result.status == 1)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errorLines.count == 1, "\(result.stderr)")
        #expect(errorLines.first?.hasPrefix("error: crawl.warc.gz: record 6 at byte") == true, "\(result.stderr)")
        #expect(errorLines.first?.contains("malformed WARC header") == true)
        #expect(try await storedTitles(folder) == ["Ferry strike called off", "Harbour wall to be rebuilt"])

        let extracted = try CLIRunner.run(["extract", "crawl.warc.gz", "--format", "jsonl"], in: folder.url)
        let articles = try JSONLines.objects(extracted.stdout)
        #expect(
            articles.map { $0["url"] as? String } == [
                "https://coast.example/ferry-strike", "https://coast.example/harbour-wall",
            ])
        #expect(
            articles.map { ($0["extra"] as? [String: String])?["fetched"] } == [
                "2024-10-21T07:00:00Z", "2024-10-21T07:00:00Z",
            ])
    }

    // MARK: A small crawl

    /// warcinfo, a request, a chunked gzipped page, an image, a plain page, a malformed record, a page.
    static func crawl() -> [[UInt8]] {
        let ferry = page(
            "Ferry strike called off",
            [
                "The ferry crews' strike planned for Monday has been called off after a late pay offer, the union said.",
                "Sailings to the islands will run as normal.",
            ])
        let wall = page(
            "Harbour wall to be rebuilt",
            [
                "The storm-damaged harbour wall will be rebuilt in stone next spring, the council decided on Sunday.",
                "Work is expected to take four months.",
            ])
        return [
            record("warcinfo", nil, "application/warc-fields", Array("software: storyline-test\r\n".utf8)),
            record(
                "request", "https://coast.example/ferry-strike", "application/http; msgtype=request",
                Array("GET /ferry-strike HTTP/1.1\r\nHost: coast.example\r\n\r\n".utf8)),
            response(
                "https://coast.example/ferry-strike",
                ["Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked", "Content-Encoding: gzip"],
                chunked(gzip(ferry))),
            response(
                "https://coast.example/logo.png", ["Content-Type: image/png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]),
            response(
                "https://coast.example/about", ["Content-Type: text/html"], Array("<html><body></body></html>".utf8)),
            Array("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nHTTP/1.1 200\r\n\r\n".utf8),
            response("https://coast.example/harbour-wall", ["Content-Type: text/html"], wall),
        ]
    }

    static func page(_ title: String, _ paragraphs: [String]) -> [UInt8] {
        Array(
            "<html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined())</article></body></html>"
                .utf8)
    }

    static func record(_ type: String, _ uri: String?, _ contentType: String, _ block: [UInt8]) -> [UInt8] {
        var lines = ["WARC/1.1", "WARC-Type: \(type)", "WARC-Date: 2024-10-21T07:00:00Z"]
        if let uri { lines.append("WARC-Target-URI: \(uri)") }
        lines += ["Content-Type: \(contentType)", "Content-Length: \(block.count)"]
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(_ uri: String, _ headers: [String], _ body: [UInt8]) -> [UInt8] {
        let head = (["HTTP/1.1 200 OK"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
        return record("response", uri, "application/http; msgtype=response", Array(head.utf8) + body)
    }

    static func chunked(_ body: [UInt8]) -> [UInt8] {
        stride(from: 0, to: body.count, by: 64).flatMap { start in
            let chunk = body[start..<min(body.count, start + 64)]
            return Array((String(chunk.count, radix: 16) + "\r\n").utf8) + chunk + [0x0D, 0x0A]
        } + Array("0\r\n\r\n".utf8)
    }

    /// `bytes` as one gzip member.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(
            deflateInit2_(
                &stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
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
}

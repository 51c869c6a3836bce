import CZlib
import Testing

@testable import StorylineExtract

@Suite("WARCArticleReader")
struct WARCArticleReaderTests {
    let reader = WARCArticleReader()
    static let page = WARCBuilder.page(
        title: "Flood barrier tested",
        paragraphs: [
            "The new flood barrier on the river was tested on Tuesday, the water authority said.",
            "Engineers closed all six gates in under an hour.",
        ])

    private func record(_ bytes: [UInt8]) throws -> WARCRecord {
        var reader = try WARCReader(bytes: bytes, name: "t.warc", maximumRecordSize: 1 << 20)
        guard case .record(let record) = reader.next() else { throw InputError(.malformedRecord, "no record") }
        return record
    }

    @Test func readsAChunkedGzippedResponse() throws {
        let body = WARCBuilder.chunked(WARCBuilder.gzip(Self.page), size: 50)
        let bytes = WARCBuilder.response(
            uri: "https://river.example/barrier",
            headers: [
                "Content-Type: text/html; charset=UTF-8", "Transfer-Encoding: chunked", "Content-Encoding: gzip",
            ],
            body: body)
        let outcome = reader.read(try record(bytes), file: "t.warc")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.skipped == nil)
        let draft = try #require(outcome.drafts.first)
        #expect(draft.url == "https://river.example/barrier")
        #expect(draft.title == "Flood barrier tested")
        #expect(draft.extra["fetched"] == "2024-10-15T10:00:00Z")
        #expect(draft.extra["record"] == "1")
        #expect(draft.published == nil)  // the capture date is not a publication date
        #expect(draft.original.contains("Engineers closed all six gates in under an hour."))
        #expect(!draft.original.contains("Copyright"))
    }

    @Test(arguments: [MAX_WBITS, -MAX_WBITS])
    func readsDeflateBodiesWithAndWithoutTheZlibWrapper(windowBits: Int32) throws {
        let bytes = WARCBuilder.response(
            uri: "https://river.example/d", headers: ["Content-Type: text/html", "Content-Encoding: deflate"],
            body: WARCBuilder.gzip(Self.page, windowBits: windowBits))
        #expect(reader.read(try record(bytes), file: "t.warc").drafts.first?.title == "Flood barrier tested")
    }

    @Test func passesTheHeaderCharsetToTheHTMLReader() throws {
        let latin1 =
            Array("<html><body><article><p>Le caf".utf8) + [0xE9]
            + Array(" du port rouvre apr".utf8) + [0xE8] + Array("s la temp".utf8) + [0xEA]
            + Array("te, a dit le maire.</p></article></body></html>".utf8)
        let bytes = WARCBuilder.response(
            uri: "https://port.example/cafe", headers: ["Content-Type: text/html; charset=\"ISO-8859-1\""], body: latin1
        )
        let draft = try #require(reader.read(try record(bytes), file: "t.warc").drafts.first)
        #expect(draft.original == "Le café du port rouvre après la tempête, a dit le maire.")
    }

    @Test func skipsWhatIsNotAnArticlePage() throws {
        let cases: [([UInt8], WARCArticleReader.SkipReason)] = [
            (
                WARCBuilder.response(uri: "https://a.example/", status: 301, headers: ["Location: /b"], body: []),
                .status
            ),
            (WARCBuilder.response(uri: "https://a.example/x", status: 404, body: Self.page), .status),
            (
                WARCBuilder.response(
                    uri: "https://a.example/i.jpg", headers: ["Content-Type: image/jpeg"], body: [0xFF, 0xD8]),
                .mediaType
            ),
            (
                WARCBuilder.response(
                    uri: "https://a.example/s.js", headers: ["Content-Type: application/javascript"],
                    body: Array("var a;".utf8)), .mediaType
            ),
            (WARCBuilder.response(uri: "https://a.example/e", body: Array("<html><body></body></html>".utf8)), .noText),
            (
                WARCBuilder.record(
                    type: "response", uri: "dns:a.example", contentType: "text/dns",
                    block: Array("a.example. 300 IN A 10.0.0.1".utf8)), .notHTTP
            ),
        ]
        for (bytes, reason) in cases {
            let outcome = reader.read(try record(bytes), file: "t.warc")
            #expect(outcome.skipped == reason)
            #expect(outcome.drafts.isEmpty && outcome.errors.isEmpty)
        }
    }

    @Test func aBrokenBodyIsAnErrorNamingTheRecord() throws {
        let bytes = WARCBuilder.response(
            uri: "https://a.example/z", headers: ["Content-Type: text/html", "Content-Encoding: gzip"],
            body: Array(WARCBuilder.gzip(Self.page).prefix(40)))
        let outcome = reader.read(try record(bytes), file: "t.warc")
        #expect(
            outcome.errors.map(\.description) == [
                "t.warc: record 1 at byte 0 (https://a.example/z): the HTTP body cannot be decoded: gzip data is truncated"
            ])
        let brotli = WARCBuilder.response(
            uri: "https://a.example/br", headers: ["Content-Type: text/html", "Content-Encoding: br"], body: [1, 2, 3])
        #expect(
            reader.read(try record(brotli), file: "t.warc").errors.first?.message.contains("'br' cannot be decoded")
                == true)
    }

    @Test func readsResourceRecordsAndCapturedFeeds() throws {
        let resource = WARCBuilder.record(
            type: "resource", uri: "https://river.example/r", contentType: "text/html", block: Self.page)
        #expect(reader.read(try record(resource), file: "t.warc").drafts.count == 1)
        let feed = Array(
            """
            <rss version="2.0"><channel><title>River News</title>
            <item><title>Barrier tested</title><link>/barrier</link><description>The barrier was tested.</description></item>
            <item><title>Gates closed</title><link>/gates</link><description>All gates closed in an hour.</description></item>
            </channel></rss>
            """.utf8)
        let captured = WARCBuilder.response(
            uri: "https://river.example/rss", headers: ["Content-Type: application/rss+xml"], body: feed)
        let outcome = reader.read(try record(captured), file: "t.warc")
        #expect(outcome.drafts.map(\.title) == ["Barrier tested", "Gates closed"])
        #expect(outcome.drafts.first?.url == "https://river.example/barrier")
        #expect(outcome.drafts.first?.outlet == "River News")
        #expect(outcome.drafts.allSatisfy { $0.extra["fetched"] != nil })
    }

    @Test func dechunkingIsLenient() {
        #expect(HTTPResponse.dechunk(Array("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n".utf8)) == Array("hello world".utf8))
        #expect(HTTPResponse.dechunk(Array("5\r\nhello\r\n6\r\n wo".utf8)) == Array("hello wo".utf8))
        #expect(HTTPResponse.dechunk(Array("<html>not chunked</html>".utf8)) == nil)
        // A crawler that de-chunked the body but kept the header: the body is used as it is.
        let response = HTTPResponse(
            parsing: Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>x</p>".utf8))
        #expect((try? response?.body(maximumSize: 100)) == Array("<p>x</p>".utf8))
    }
}

import Foundation
import Testing

@testable import StorylineExtract

/// Seeded random damage to the feed, OPML and WARC fixtures: the readers must never crash or hang, and
/// every input gives articles or ``InputError``s.
@Suite("Feed and WARC fuzzing")
struct FeedFuzzTests {
    /// SplitMix64: small, fast and the same on every platform, so a failing seed can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let insertions: [[UInt8]] = [
        "<", "]]>", "<![CDATA[", "&", "&#", "&amp;", "\"", "\0", "\u{FEFF}", "WARC/1.0\r\n", "\r\n\r\n", "{", "]",
    ]
    .map { Array($0.utf8) }

    /// One random kind of damage: truncation, byte flips, an inserted markup fragment, or deep nesting.
    static func mutate(_ input: [UInt8], using generator: inout Generator) -> [UInt8] {
        var bytes = input
        guard !bytes.isEmpty else { return bytes }
        switch generator.next() % 5 {
        case 0:
            bytes.removeLast(Int(generator.next() % UInt64(bytes.count)))
        case 1:
            for _ in 0..<(1 + generator.next() % 8) {
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] ^= UInt8(truncatingIfNeeded: 1 << (generator.next() % 8))
            }
        case 2:
            for _ in 0..<(1 + generator.next() % 4) {
                let index = Int(generator.next() % UInt64(bytes.count + 1))
                bytes.insert(contentsOf: insertions[Int(generator.next() % UInt64(insertions.count))], at: index)
            }
        case 3:
            let index = Int(generator.next() % UInt64(bytes.count + 1))
            let depth = 2000 + Int(generator.next() % 3000)
            let (open, close) = [
                ("<div>", "</div>"), ("<outline text=\"x\">", "</outline>"), ("<item>", "</item>"), ("[", "]"),
            ][
                Int(generator.next() % 4)]
            bytes.insert(
                contentsOf: Array(String(repeating: open, count: depth).utf8)
                    + Array(String(repeating: close, count: depth / 2).utf8), at: index)
        default:
            let start = Int(generator.next() % UInt64(bytes.count))
            let end = min(bytes.count, start + Int(generator.next() % 64))
            bytes.removeSubrange(start..<end)
        }
        return bytes
    }

    static func warcFixture() -> [UInt8] {
        WARCReaderTests.records.flatMap { $0 }
            + WARCBuilder.response(
                uri: "https://valley.example/c",
                headers: ["Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"],
                body: WARCBuilder.chunked(WARCBuilder.gzip(WARCArticleReaderTests.page), size: 40))
    }

    @Test func damagedFeedsAndListsGiveArticlesOrErrors() throws {
        var generator = Generator(state: 20_241_015)
        let fixtures = try ["harbor.rss", "valley.rdf", "river.atom", "town.json", "old-town.json", "list.opml"].map {
            ($0, try FeedFixtures.bytes($0))
        }
        let started = Date()
        for round in 0..<300 {
            let (name, original) = fixtures[round % fixtures.count]
            let damaged = Self.mutate(original, using: &generator)
            if name.hasSuffix(".opml") {
                if let list = try? OPMLDocument(parsing: damaged, file: name) {
                    #expect(!list.subscriptions.isEmpty)
                }
                continue
            }
            for entry in FeedArticleReader().read(damaged, url: "https://example.com/feed", file: name) {
                switch entry {
                case .article(let draft, _): #expect(!draft.original.isEmpty)
                case .failure(let error): #expect(error.file == name)
                }
            }
        }
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func damagedWARCFilesGiveRecordsOrErrors() throws {
        var generator = Generator(state: 42)
        let plain = Self.warcFixture()
        let gzipped = WARCReaderTests.records.flatMap { WARCBuilder.gzip($0) }
        let articleReader = WARCArticleReader(maximumSize: 1 << 20)
        let started = Date()
        for round in 0..<200 {
            let damaged = Self.mutate(round % 2 == 0 ? plain : gzipped, using: &generator)
            var reader = try WARCReader(
                bytes: damaged, name: "f.warc", maximumRecordSize: 1 << 20, chunkSize: 1 + round % 200)
            var events = 0
            while let event = reader.next() {
                events += 1
                if case .record(let record) = event {
                    let outcome = articleReader.read(record, file: "f.warc")
                    #expect(outcome.errors.allSatisfy { $0.file == "f.warc" })
                }
                #expect(events < 10_000, "the reader does not advance")
                if events >= 10_000 { break }
            }
        }
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func damagedDocumentsThroughTheExtractor() throws {
        var generator = Generator(state: 7)
        let extractor = ArticleExtractor(collector: InputCollector(maximumSize: 1 << 20))
        let inputs = [
            ("crawl.warc", Self.warcFixture()), ("news.xml", try FeedFixtures.bytes("harbor.rss")),
            ("feed.json", try FeedFixtures.bytes("town.json")),
        ]
        for round in 0..<60 {
            let (name, original) = inputs[round % inputs.count]
            let document = RawDocument(
                name: name, sourceKey: name, data: Data(Self.mutate(original, using: &generator)))
            let (drafts, errors) = extractor.drafts(from: document)
            #expect(!drafts.isEmpty || !errors.isEmpty)
        }
    }
}

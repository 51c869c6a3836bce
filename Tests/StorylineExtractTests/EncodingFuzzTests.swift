import Testing

@testable import StorylineExtract

/// Random bytes and randomly damaged fixture pages through the resolver, the decoder, `HTMLDocument` and
/// `HTMLArticleReader`: nothing may crash, and what comes out must be valid UTF-8.
@Suite("Encoding fuzz")
struct EncodingFuzzTests {
    /// SplitMix64: a small seeded generator, so a failure can be replayed from its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Bytes that steer the resolver: byte-order marks, declarations, lead bytes of multi-byte charsets.
    static let interesting: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], Array("<meta charset=shift_jis>".utf8),
        Array("<meta charset=utf-16>".utf8), Array("<?xml version='1.0' encoding='gb18030'?>".utf8),
        Array("<!--".utf8), Array("<meta http-equiv=content-type content='charset=koi8-r'".utf8), [0x81, 0x30],
        [0xE3, 0x81], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0x00], [0x1B, 0x24, 0x42], Array("<p>".utf8),
    ]

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(state: 20_240_601)
        for round in 0..<300 {
            var bytes: [UInt8] = []
            let length = Int.random(in: 0...600, using: &generator)
            while bytes.count < length {
                if Int.random(in: 0..<8, using: &generator) == 0 {
                    bytes += Self.interesting.randomElement(using: &generator)!
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                }
            }
            check(
                bytes, header: round % 3 == 0 ? ["koi8-r", "utf-16", "text/html; charset=x-sjis"][round % 9 / 3] : nil)
        }
    }

    @Test func mutatedFixturesNeverCrash() throws {
        var generator = SeededGenerator(state: 7)
        let pages = try EncodingFixtures.allPages.map(EncodingFixtures.bytes)
        for round in 0..<240 {
            var bytes = pages[round % pages.count]
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                guard !bytes.isEmpty else { break }
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: Self.interesting.randomElement(using: &generator)!, at: at)
                case 3: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &generator)))
                default: bytes = Array(bytes.prefix(at))
                }
            }
            check(bytes, header: round % 4 == 0 ? "windows-1251" : nil)
        }
    }

    private func check(_ bytes: [UInt8], header: String?) {
        for resolver in [TextEncodingResolver(), TextEncodingResolver(readsMarkup: false)] {
            let resolution = resolver.resolve(bytes, httpCharset: header)
            let utf8 = TextEncodingDecoder.utf8(bytes, as: resolution)
            #expect(String(validating: utf8, as: UTF8.self) != nil, "invalid UTF-8 from \(resolution) for \(bytes)")
        }
        if let document = HTMLDocument(bytes: bytes, encoding: header) {
            _ = document.elements.map(\.textContent)
        }
        if let draft = try? HTMLArticleReader(encoding: header).read(bytes, url: nil, file: nil) {
            #expect(!draft.original.isEmpty)
        }
    }
}

import Testing

@testable import StorylineExtract

@Suite("TextEncodingDecoder")
struct TextEncodingDecoderTests {
    /// Every encoded fixture, declared or not, decodes to exactly the text of its UTF-8 original.
    @Test(arguments: EncodingFixtures.allPages)
    func decodesEveryFixtureToItsOriginal(fixture: String) throws {
        let bytes = try EncodingFixtures.bytes(fixture)
        let language = String(fixture.prefix(2))
        // That page's <meta> is wrong on purpose; its header says what it is.
        let header = fixture.contains("wrong-meta") ? "koi8-r" : nil
        let resolution = TextEncodingResolver().resolve(bytes, httpCharset: header)
        let text = TextEncodingDecoder.string(bytes, as: resolution)
        #expect(EncodingFixtures.body(of: text) == EncodingFixtures.body(of: try EncodingFixtures.source(language)))
    }

    @Test func validUTF8IsNotCopied() {
        let bytes = Array("<meta charset=utf-8><p>Привет</p>".utf8)
        let resolution = TextEncodingResolver().resolve(bytes)
        let utf8 = TextEncodingDecoder.utf8(bytes, as: resolution)
        let original = bytes.withUnsafeBufferPointer { $0.baseAddress }
        #expect(utf8.withUnsafeBufferPointer { $0.baseAddress } == original)
        let withMark = [0xEF, 0xBB, 0xBF] + bytes
        let sliced = TextEncodingDecoder.utf8(withMark, as: TextEncodingResolver().resolve(withMark))
        #expect(sliced.startIndex == 3)
        #expect(
            sliced.withUnsafeBufferPointer { $0.baseAddress }
                == withMark.withUnsafeBufferPointer { $0.baseAddress! + 3 })
    }

    @Test(arguments: [
        (TextEncoding.utf8, [0x61, 0xC3, 0x28, 0x62] as [UInt8], "a\u{FFFD}(b"),
        (.utf8, [0xED, 0xA0, 0x80, 0x41], "\u{FFFD}\u{FFFD}\u{FFFD}A"),
        (.utf8, [0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
        (.shiftJIS, [0x82, 0xA0, 0x82], "あ\u{FFFD}"),
        (.shiftJIS, [0x41, 0xFF, 0x42], "A\u{FFFD}B"),
        (.gbk, [0x81, 0x30, 0x41], "\u{FFFD}0A"),
        (.utf16LE, [0x41, 0x00, 0x00, 0xD8, 0x42, 0x00], "A\u{FFFD}B"),
        (.utf16BE, [0x00, 0x41, 0x00], "A\u{FFFD}"),
        (.windows1252, [0x80, 0x81, 0x9F], "€\u{81}Ÿ"),
        (.koi8R, [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
    ])
    func replacesInvalidSequences(encoding: TextEncoding, bytes: [UInt8], expected: String) {
        let text = String(decoding: TextEncodingDecoder.utf8(bytes, encoding: encoding), as: UTF8.self)
        #expect(text == expected)
    }

    @Test func everyLabelledEncodingHasAnICUConverter() {
        for encoding in Set(TextEncoding.labels.values) {
            let decoded = TextEncodingDecoder.utf8(Array("abc".utf8) + [0xA4, 0xE9], encoding: encoding)
            #expect(String(validating: decoded, as: UTF8.self) != nil, "\(encoding)")
            let viaICU = Array("abc".utf8).withUnsafeBufferPointer {
                ICUConverter.utf8(from: $0, converterName: encoding.converterName)
            }
            #expect(viaICU != nil, "ICU has no converter \(encoding.converterName) for \(encoding)")
        }
    }

    @Test func conversionThatOutgrowsTheFirstBufferIsRetried() {
        // windows-1252 0x80 is € (three UTF-8 bytes), more than the two per byte the first round allows.
        let bytes = [UInt8](repeating: 0x80, count: 10_000)
        let text = String(decoding: TextEncodingDecoder.utf8(bytes, encoding: .windows1252), as: UTF8.self)
        #expect(text == String(repeating: "€", count: 10_000))
    }

    @Test func emptyInputDecodesToNothing() {
        #expect(TextEncodingDecoder.utf8([], encoding: .shiftJIS).isEmpty)
        #expect(TextEncodingDecoder.string([], as: TextEncodingResolver().resolve([])) == "")
    }

    @Test func utf8ScanFindsFlaws() {
        func scan(_ bytes: [UInt8]) -> UTF8Scan { bytes.withUnsafeBufferPointer { UTF8Scan($0) } }
        #expect(scan(Array("plain ascii text, longer than eight bytes".utf8)) == UTF8Scan(isValid: true))
        #expect(scan(Array("é".utf8)) == UTF8Scan(isValid: true, nonASCIICount: 1))
        #expect(scan(Array("aé€😀".utf8)) == UTF8Scan(isValid: true, nonASCIICount: 3, hasWideSequence: true))
        #expect(scan([0xC0, 0x80]).isValid == false)  // overlong
        #expect(scan([0xE0, 0x80, 0x80]).isValid == false)  // overlong
        #expect(scan([0xED, 0xA0, 0x80]).isValid == false)  // surrogate
        #expect(scan([0xF4, 0x90, 0x80, 0x80]).isValid == false)  // above U+10FFFF
        #expect(scan([0x61, 0xE2, 0x82]) == UTF8Scan(isValid: false, isTruncated: true))
        #expect(scan([0xE2, 0x82, 0x41]).isTruncated == false)
    }
}

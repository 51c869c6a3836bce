import Foundation
import Testing

@testable import StorylineExtract

struct InputDecodingTests {
    @Test func decodesUTF8WithoutBOMAndWithUnixLineEnds() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("Line one\r\nLine two\rLine three".utf8))
        #expect(try TextDecoder.decode(data, name: "a.txt") == "Line one\nLine two\nLine three")
    }

    @Test func namesTheLineOfTheFirstInvalidByte() {
        let data = Data(Array("ok\nstill ok\nbad ".utf8) + [0xE9, 0x20])
        #expect {
            try TextDecoder.decode(data, name: "latin.txt")
        } throws: { error in
            let error = error as! InputError
            return error.code == .invalidEncoding && error.line == 3 && error.file == "latin.txt"
        }
    }

    @Test func refusesDamagedUTF8() {
        // Valid UTF-8 sequences and stray Latin-1 bytes, as many of each: broken UTF-8, not a legacy charset.
        let data = Data(Array("ok — fine, «quoted»\nstill ok\nbad ".utf8) + [0xE9, 0x20, 0xE8, 0xE0, 0x20])
        #expect {
            try TextDecoder.decode(data, name: "mixed.txt")
        } throws: { error in
            let error = error as! InputError
            return error.code == .invalidEncoding && error.line == 3
                && error.message.hasPrefix("not valid UTF-8 (byte 0xE9 at offset 37)")
        }
    }

    @Test func refusesTextWhoseCharsetIsUnclear() {
        // Enough non-ASCII bytes, but nothing ICU recognises with confidence.
        let noise: [UInt8] = [0xA4, 0xE9, 0xB3, 0x20, 0xFE, 0xD1, 0x99, 0x8F, 0xBC, 0x20, 0xF7, 0x9A, 0x85]
        let data = Data(Array("x ".utf8) + noise)
        #expect {
            try TextDecoder.decode(data, name: "odd.txt")
        } throws: { error in
            let error = error as! InputError
            return error.code == .invalidEncoding && error.line == 1 && error.message.contains("convert it to UTF-8")
        }
    }

    @Test func convertsUTF16AndRefusesBinary() throws {
        let littleEndian = Data([0xFF, 0xFE, 0x41, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x42, 0x00])
        #expect(try TextDecoder.decode(littleEndian, name: "le.txt") == "A\nB")
        #expect(try TextDecoder.decode(Data([0xFE, 0xFF, 0x04, 0x1F, 0x00, 0x21]), name: "be.txt") == "П!")
        #expect(throws: InputError.self) {
            try TextDecoder.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]), name: "nul.txt")
        }
        #expect(throws: InputError.self) { try TextDecoder.decode(Data([0xFF, 0xFE, 0x20, 0x00]), name: "blank.txt") }
        #expect(throws: InputError.self) { try TextDecoder.decode(Data([0x41, 0x00, 0x42]), name: "bin.txt") }
    }

    /// Paragraphs in legacy charsets (the fixture pages' text, converted with iconv) that ICU recognises
    /// with a confidence of 50 or more, and UTF-16 with a byte-order mark.
    @Test(arguments: [
        ("de-windows-1252.txt", "de"), ("fr-iso-8859-1.txt", "fr"), ("cs-windows-1250.txt", "cs"),
        ("pl-iso-8859-2.txt", "pl"), ("ja-shift_jis.txt", "ja"), ("ja-euc-jp.txt", "ja"), ("zh-gbk.txt", "zh"),
        ("ko-euc-kr.txt", "ko"), ("ru-utf-16le.txt", "ru"),
    ])
    func decodesConfidentlyRecognisedLegacyText(fixture: String, language: String) throws {
        let data = Data(try EncodingFixtures.bytes("text/" + fixture))
        let expected = String(decoding: try EncodingFixtures.bytes("source/\(language).txt"), as: UTF8.self)
        #expect(try TextDecoder.decode(data, name: fixture) == expected)
    }

    @Test func gunzipsSingleAndConcatenatedMembers() throws {
        // "hello\n" and "world\n", each gzipped (as `gzip` writes them), then concatenated.
        let hello: [UInt8] = [
            0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0xe7, 0x02, 0x00,
            0x20, 0x30, 0x3a, 0x36, 0x06, 0x00, 0x00, 0x00,
        ]
        let world: [UInt8] = [
            0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x2b, 0xcf, 0x2f, 0xca, 0x49, 0xe1, 0x02, 0x00,
            0xa8, 0x61, 0x38, 0xdd, 0x06, 0x00, 0x00, 0x00,
        ]
        #expect(String(decoding: try Gunzip.decompress(Data(hello), maximumSize: 100), as: UTF8.self) == "hello\n")
        let both = try Gunzip.decompress(Data(hello + world), maximumSize: 100)
        #expect(String(decoding: both, as: UTF8.self) == "hello\nworld\n")
        #expect(throws: InputError.self) { try Gunzip.decompress(Data(hello.prefix(15)), maximumSize: 100) }
        #expect(throws: InputError.self) { try Gunzip.decompress(Data(hello), maximumSize: 3) }
    }

    @Test(arguments: [
        ("a.jsonl", "{}", DocumentFormat.jsonLines),
        ("page.htm", "x", .html),
        ("page.html.gz", "x", .html),
        ("noext", "  {\"text\": \"x\"}", .jsonLines),
        ("noext", "<!DOCTYPE html><html>", .html),
        ("story.txt", "<p>not html by name</p>", .html),
        ("story.txt", "Plain words.", .plainText),
    ])
    func detectsTheFormatByNameThenContent(name: String, content: String, format: DocumentFormat) {
        let document = RawDocument(name: name, sourceKey: name, data: Data(content.utf8))
        #expect(DocumentFormat.detect(document) == format)
    }
}

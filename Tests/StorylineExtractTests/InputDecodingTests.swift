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

    @Test func refusesUTF16AndBinary() {
        #expect(throws: InputError.self) { try TextDecoder.decode(Data([0xFF, 0xFE, 0x41, 0x00]), name: "u16.txt") }
        #expect(throws: InputError.self) { try TextDecoder.decode(Data([0x41, 0x00, 0x42]), name: "bin.txt") }
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

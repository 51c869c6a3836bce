import Testing

@testable import StorylineExtract

@Suite("TextEncodingResolver")
struct TextEncodingResolverTests {
    let resolver = TextEncodingResolver()

    // MARK: - Labels and Content-Type

    @Test(arguments: [
        ("utf-8", "UTF-8"), ("UTF8", "UTF-8"), (" latin1 ", "windows-1252"), ("ISO-8859-1", "windows-1252"),
        ("us-ascii", "windows-1252"), ("gb2312", "GBK"), ("GBK", "GBK"), ("gb18030", "gb18030"),
        ("x-sjis", "Shift_JIS"), ("shift-jis", "Shift_JIS"), ("Shift_JIS", "Shift_JIS"), ("windows-31j", "Shift_JIS"),
        ("cp1251", "windows-1251"), ("koi8-r", "KOI8-R"), ("koi8", "KOI8-R"), ("iso-8859-2", "ISO-8859-2"),
        ("latin2", "ISO-8859-2"), ("euc-kr", "EUC-KR"), ("ks_c_5601-1987", "EUC-KR"), ("euc-jp", "EUC-JP"),
        ("big5", "Big5"), ("utf-16", "UTF-16LE"), ("UTF-16BE", "UTF-16BE"), ("iso-8859-9", "windows-1254"),
        ("tis-620", "windows-874"), ("x-mac-ukrainian", "x-mac-cyrillic"),
    ])
    func mapsLabelsTheWHATWGWay(label: String, name: String) throws {
        #expect(try #require(TextEncoding(label: label)).name == name)
    }

    @Test(arguments: ["", "utf-9", "iso-2022-kr", "hz-gb-2312", "x-user-defined", "ütf-8", "utf-8 x"])
    func unknownAndReplacementLabelsAreNil(label: String) {
        #expect(TextEncoding(label: label) == nil)
    }

    @Test(arguments: [
        ("text/html; charset=\"Shift_JIS\"", "Shift_JIS" as String?), ("text/html;charset=utf-8", "utf-8"),
        ("text/html; Charset = KOI8-R ; q=1", "KOI8-R"), ("text/html", nil), ("text/html; charset=", nil),
        ("text/html; format=flowed; charset='x'", "'x'"), ("charset=windows-1251", "windows-1251"),
        ("text/plain; name=\"a;b\"; charset=\"big\\5\"", "big5"), ("", nil),
    ])
    func readsTheCharsetOfAContentType(value: String, charset: String?) {
        #expect(TextEncoding.charset(inContentType: value) == charset)
    }

    @Test func contentTypeGivesAnEncoding() {
        #expect(TextEncoding(contentType: "text/html; charset=\"Shift_JIS\"") == .shiftJIS)
        #expect(TextEncoding(contentType: "text/html") == nil)
    }

    // MARK: - Declarations in markup

    @Test(arguments: [
        ("<meta charset=\"koi8-r\">", "KOI8-R" as String?),
        ("<META CHARSET=KOI8-R>", "KOI8-R"),
        ("<meta charset='cp1251'/>", "windows-1251"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">", "ISO-8859-2"),
        ("<meta content='text/html;charset=\"gb2312\"' http-equiv=content-type>", "GBK"),
        // `content` without the pragma does not count; a `charset` attribute does.
        ("<meta content=\"text/html; charset=koi8-r\">", nil),
        ("<meta charset=\"shift_jis\" name=\"x\" content=\"charset=koi8-r\">", "Shift_JIS"),
        // Once `content` has named a charset, a later `charset` attribute is not read (HTML standard).
        ("<meta name=\"x\" content=\"charset=koi8-r\" charset=\"shift_jis\">", nil),
        // Comments, other tags' attributes and unknown labels are passed over.
        ("<!-- <meta charset=koi8-r> --><meta charset=euc-kr>", "EUC-KR"),
        ("<div title='<meta charset=koi8-r>'></div><p>x", nil),
        ("<meta charset=\"klingon\"><meta charset=\"big5\">", "Big5"),
        // A <meta> saying UTF-16 was read as ASCII, so it means UTF-8.
        ("<meta charset=\"utf-16le\">", "UTF-8"),
        ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>", "windows-1251"),
        ("  <?xml version='1.0' encoding='EUC-JP' standalone='yes'?>", "EUC-JP"),
        // The <meta> wins over the XML declaration, as in browsers.
        ("<?xml version=\"1.0\" encoding=\"koi8-r\"?><meta charset=\"cp1251\">", "windows-1251"),
        ("<metadata charset=\"koi8-r\">", nil),
        ("<p>charset=koi8-r</p>", nil),
    ])
    func prescanFindsDeclarations(head: String, expected: String?) {
        let found = Array(head.utf8).withUnsafeBufferPointer { CharsetPrescanner.declaredEncoding(in: $0) }
        #expect(found?.name == expected)
    }

    @Test func prescanStopsAfterFourKilobytes() {
        let late = String(repeating: " ", count: 5000) + "<meta charset=koi8-r>"
        let found = Array(late.utf8).withUnsafeBufferPointer { CharsetPrescanner.declaredEncoding(in: $0) }
        #expect(found == nil)
    }

    // MARK: - Order of evidence

    @Test(arguments: [
        ("ru-windows-1251-meta.html", "windows-1251"), ("ru-koi8-r-pragma.html", "KOI8-R"),
        ("cs-iso-8859-2-meta.html", "ISO-8859-2"), ("pl-iso-8859-2-meta.html", "ISO-8859-2"),
        ("de-windows-1252-meta.html", "windows-1252"), ("fr-iso-8859-1-meta.html", "windows-1252"),
        ("ja-shift_jis-meta.html", "Shift_JIS"), ("ja-euc-jp-pragma.html", "EUC-JP"), ("zh-gbk-meta.html", "GBK"),
        ("zh-gb18030-xml.html", "gb18030"), ("ko-euc-kr-meta.html", "EUC-KR"),
    ])
    func followsTheMetaDeclaration(fixture: String, name: String) throws {
        let resolution = resolver.resolve(try EncodingFixtures.bytes(fixture))
        #expect(resolution.encoding.name == name)
        #expect(resolution.source == .metaDeclaration)
    }

    /// The ISO-8859-2 and windows-1250 pages may come out as either (ICU tells them apart by bytes 0x80–0x9F,
    /// which ISO-8859-2 text never has); the decoded text is checked in `TextEncodingDecoderTests`.
    @Test(arguments: [
        ("ru-windows-1251-none.html", ["windows-1251"]), ("ru-koi8-r-none.html", ["KOI8-R"]),
        ("ja-shift_jis-none.html", ["Shift_JIS"]), ("zh-gbk-none.html", ["gb18030"]),
        ("de-windows-1252-none.html", ["windows-1252"]), ("fr-windows-1252-none.html", ["windows-1252"]),
        ("cs-iso-8859-2-none.html", ["ISO-8859-2", "windows-1250"]),
        ("cs-windows-1250-none.html", ["windows-1250"]),
        ("pl-iso-8859-2-none.html", ["ISO-8859-2", "windows-1250"]),
    ])
    func detectsUndeclaredPages(fixture: String, names: [String]) throws {
        let resolution = resolver.resolve(try EncodingFixtures.bytes(fixture))
        #expect(names.contains(resolution.encoding.name), "\(resolution)")
        #expect(resolution.source == .detected)
        #expect((resolution.confidence ?? 0) >= resolver.minimumConfidence)
    }

    @Test func headerWinsOverMeta() throws {
        // KOI8-R bytes whose <meta> wrongly says windows-1251.
        let bytes = try EncodingFixtures.bytes("ru-koi8-r-wrong-meta.html")
        #expect(resolver.resolve(bytes).encoding == .windows1251)
        let resolution = resolver.resolve(bytes, httpCharset: "text/html; charset=KOI8-R")
        #expect(resolution.encoding == .koi8R)
        #expect(resolution.source == .httpHeader)
        #expect(resolver.resolve(bytes, httpCharset: "koi8-r") == resolution)
    }

    @Test func unknownHeaderLabelFallsThroughToMeta() throws {
        let bytes = try EncodingFixtures.bytes("ru-windows-1251-meta.html")
        let resolution = resolver.resolve(bytes, httpCharset: "text/html; charset=no-such-charset")
        #expect(resolution.encoding == .windows1251)
        #expect(resolution.source == .metaDeclaration)
    }

    @Test(arguments: [
        ("ru-utf-16le-bom.html", TextEncoding.utf16LE), ("ja-utf-16be-bom.html", .utf16BE),
    ])
    func byteOrderMarkWinsOverHeader(fixture: String, encoding: TextEncoding) throws {
        let resolution = resolver.resolve(try EncodingFixtures.bytes(fixture), httpCharset: "windows-1251")
        #expect(resolution.encoding == encoding)
        #expect(resolution.source == .byteOrderMark)
        #expect(resolution.byteOrderMarkLength == 2)
        #expect(resolution.overriddenDeclaration == .windows1251)
    }

    @Test func utf8ByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=koi8-r><p>é".utf8)
        let resolution = resolver.resolve(bytes, httpCharset: "koi8-r")
        #expect(resolution.encoding == .utf8)
        #expect(resolution.source == .byteOrderMark)
        #expect(resolution.byteOrderMarkLength == 3)
        #expect(TextEncodingDecoder.string(bytes, as: resolution) == "<meta charset=koi8-r><p>é")
    }

    @Test func mislabelledUTF8IsReadAsUTF8() throws {
        let bytes = try EncodingFixtures.bytes("ru-utf-8-mislabelled.html")
        let resolution = resolver.resolve(bytes)
        #expect(resolution.encoding == .utf8)
        #expect(resolution.source == .detected)
        #expect(resolution.overriddenDeclaration == .windows1251)
        // The same holds against a header.
        let fromHeader = resolver.resolve(bytes, httpCharset: "text/html; charset=koi8-r")
        #expect(fromHeader.encoding == .utf8)
        #expect(fromHeader.overriddenDeclaration == .koi8R)
    }

    @Test func oneStrayTwoByteSequenceDoesNotOverrideTheLabel() {
        // "Fuß“" in windows-1252 is DF 93, which happens to be valid UTF-8 (U+07D3); one such pair is no proof.
        let bytes = Array("<meta charset=windows-1252><p>Zu Fu".utf8) + [0xDF, 0x93] + Array(" ging er.".utf8)
        let resolution = resolver.resolve(bytes)
        #expect(resolution.encoding == .windows1252)
        #expect(resolution.source == .metaDeclaration)
        #expect(TextEncodingDecoder.string(bytes, as: resolution).hasSuffix("Zu Fuß“ ging er."))
    }

    @Test func declaredUTF8WithBrokenBytesStaysUTF8() {
        let bytes = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9] + Array(" ok".utf8)
        let resolution = resolver.resolve(bytes)
        #expect(resolution.encoding == .utf8)
        #expect(resolution.source == .metaDeclaration)
        #expect(TextEncodingDecoder.string(bytes, as: resolution).hasSuffix("caf\u{FFFD} ok"))
    }

    @Test func undeclaredUTF8AndASCIIAreDetectedAsUTF8() {
        for page in ["<p>plain ascii</p>", "<p>café — 東京</p>"] {
            let resolution = resolver.resolve(Array(page.utf8))
            #expect(resolution.encoding == .utf8)
            #expect(resolution.source == .detected)
            #expect(resolution.confidence == nil)
        }
    }

    @Test func utf8CutOffMidCharacterIsStillUTF8() {
        let bytes = Array("<p>Привет, мир".utf8).dropLast()
        let resolution = resolver.resolve(Array(bytes))
        #expect(resolution.encoding == .utf8)
        #expect(TextEncodingDecoder.string(Array(bytes), as: resolution) == "<p>Привет, ми\u{FFFD}")
    }

    @Test func headerSayingUTF16ForAnASCIIPageIsIgnored() {
        let resolution = resolver.resolve(Array("<html><p>caf\u{E9}</p>".utf8), httpCharset: "utf-16")
        #expect(resolution.encoding == .utf8)
        #expect(resolution.source == .detected)
    }

    @Test func nothingRecognisableFallsBackToWindows1252() {
        // Two bytes give ICU nothing to go on.
        let resolution = TextEncodingResolver(minimumConfidence: 101).resolve([0x3C, 0x70, 0x3E, 0xE9, 0xFC])
        #expect(resolution.encoding == .windows1252)
        #expect(resolution.source == .fallback)
        #expect("\(resolution)" == "windows-1252 (fallback)")
    }

    @Test func plainTextIgnoresMarkupDeclarations() {
        let bytes = Array("This text mentions <meta charset=koi8-r> but is ASCII.".utf8)
        #expect(TextEncodingResolver(readsMarkup: false).resolve(bytes).encoding == .utf8)
        #expect(TextEncodingResolver().resolve(bytes).encoding == .koi8R)
    }
}

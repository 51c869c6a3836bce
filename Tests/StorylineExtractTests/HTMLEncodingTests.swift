import Testing

@testable import StorylineExtract

/// Pages in legacy charsets through `HTMLDocument` and the whole `HTMLArticleReader`.
@Suite("HTML encodings")
struct HTMLEncodingTests {
    static let russianTitle = "В Твери открыли новый мост через Волгу"
    static let japaneseTitle = "札幌で記録的な大雪、交通機関に乱れ"

    @Test(arguments: [
        "ru-koi8-r-pragma.html", "ru-koi8-r-none.html", "ru-windows-1251-meta.html", "ru-utf-16le-bom.html",
    ])
    func readsARussianPage(fixture: String) throws {
        let draft = try HTMLArticleReader().read(try EncodingFixtures.bytes(fixture), url: nil, file: fixture)
        #expect(draft.title == Self.russianTitle)
        // The reader keeps the headline at the start of `original`; the cleaner cuts it later.
        #expect(draft.original.hasPrefix(Self.russianTitle))
        #expect(draft.original.contains("В среду в Твери торжественно открыли новый автомобильный мост через Волгу."))
        #expect(draft.original.contains("«Жители правобережья наконец смогут добираться до центра"))
        #expect(draft.original.hasSuffix("Старый понтонный переход планируют разобрать к концу лета."))
        #expect(draft.language == "ru")
    }

    @Test(arguments: [
        "ja-shift_jis-meta.html", "ja-shift_jis-none.html", "ja-euc-jp-pragma.html", "ja-utf-16be-bom.html",
    ])
    func readsAJapanesePage(fixture: String) throws {
        let draft = try HTMLArticleReader().read(try EncodingFixtures.bytes(fixture), url: nil, file: fixture)
        #expect(draft.title == Self.japaneseTitle)
        #expect(draft.original.hasPrefix(Self.japaneseTitle))
        #expect(draft.original.contains("北海道札幌市では十四日夜から強い雪が降り続き"))
        #expect(draft.original.contains("「不要不急の外出は控え、屋根からの落雪にも十分注意してほしい」"))
        #expect(draft.language == "ja")
    }

    @Test func readerPassesItsEncodingOnAsTheHeaderCharset() throws {
        let bytes = try EncodingFixtures.bytes("ru-koi8-r-wrong-meta.html")
        let wrong = try HTMLArticleReader().read(bytes, url: nil, file: nil)
        #expect(wrong.title != Self.russianTitle)
        let right = try HTMLArticleReader(encoding: "KOI8-R").read(bytes, url: nil, file: nil)
        #expect(right.title == Self.russianTitle)
        let fromContentType = try HTMLArticleReader(encoding: "text/html; charset=koi8-r").read(
            bytes, url: nil, file: nil)
        #expect(fromContentType.title == Self.russianTitle)
    }

    @Test func libxml2DoesNotSecondGuessTheDecodedBytes() throws {
        // The page says windows-1251 in its <meta>, but the header (and so the resolver) says KOI8-R; libxml2
        // gets UTF-8 and must not re-decode it by the <meta>.
        let bytes = try EncodingFixtures.bytes("ru-koi8-r-wrong-meta.html")
        let document = try #require(HTMLDocument(bytes: bytes, encoding: "koi8-r"))
        let heading = try #require(document.elements.first { $0.name == "h1" })
        #expect(heading.textContent == Self.russianTitle)
    }

    @Test func mislabelledUTF8PageReadsRight() throws {
        let bytes = try EncodingFixtures.bytes("ru-utf-8-mislabelled.html")
        let draft = try HTMLArticleReader().read(bytes, url: nil, file: nil)
        #expect(draft.title == Self.russianTitle)
        let fromHeader = try HTMLArticleReader(encoding: "windows-1251").read(bytes, url: nil, file: nil)
        #expect(fromHeader.title == Self.russianTitle)
    }

    @Test(arguments: [
        ("cs-iso-8859-2-none.html", "Brno otevřelo novou tramvajovou trať do Bystrce"),
        ("cs-windows-1250-none.html", "Brno otevřelo novou tramvajovou trať do Bystrce"),
        ("pl-iso-8859-2-meta.html", "Gdańsk: rusza budowa nowego terminalu promowego"),
        ("de-windows-1252-none.html", "Hochwasser an der Mosel: Schifffahrt vorübergehend eingestellt"),
        ("fr-iso-8859-1-meta.html", "Lyon : un parc de douze hectares ouvre sur les berges du Rhône"),
        ("zh-gbk-none.html", "杭州新地铁线路正式开通运营"),
        ("zh-gb18030-xml.html", "杭州新地铁线路正式开通运营"),
        ("ko-euc-kr-meta.html", "부산 해운대에 새 도서관 문 열어"),
    ])
    func readsTitlesInOtherCharsets(fixture: String, title: String) throws {
        let draft = try HTMLArticleReader().read(try EncodingFixtures.bytes(fixture), url: nil, file: fixture)
        #expect(draft.title == title)
    }

    @Test func utf16PageWithByteOrderMarkIsNotBinary() throws {
        let bytes = try EncodingFixtures.bytes("ru-utf-16le-bom.html")
        #expect(TextDecoder.binaryEvidence(in: bytes.prefix(8192)) == nil)
        #expect(TextDecoder.binaryEvidence(in: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]) != nil)
    }
}

import Testing

@testable import StorylineExtract

@Suite("HTML JSON-LD")
struct HTMLJSONLDTests {
    @Test func parsesLenientJSON() throws {
        let text = """
            <!--//--><![CDATA[
            {'@type': "NewsArticle", headline: "Line
            break", "n": 3, "list": [1, 2,], "nested": {"a": null}, // comment
            "u": "caf\\u00e9 \\ud83d\\ude00",}
            //]]>
            """
        let value = try #require(LenientJSONParser().parse(text))
        #expect(value["@type"]?.stringValue == "NewsArticle")
        #expect(value["headline"]?.stringValue == "Line\nbreak")
        #expect(value["n"]?.stringValue == "3")
        #expect(value["list"]?.list.count == 2)
        #expect(value["u"]?.stringValue == "café 😀")
    }

    @Test func cutsOffHostileNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(LenientJSONParser().parse(text) != nil)
        #expect(LenientJSONParser().parse("not json at all") == nil)
    }

    @Test func prefersArticleInsideGraphAndResolvesReferences() {
        let script = """
            {"@graph": [
              {"@type": "WebPage", "datePublished": "2020-01-01", "name": "Page"},
              {"@type": "NewsArticle", "headline": "Real headline", "datePublished": "2021-05-06T07:08:09Z",
               "author": [{"@id": "#p1"}, "Second Author", {"@type": "Person", "name": ["Third"]}],
               "publisher": {"@id": "#org"}},
              {"@id": "#p1", "@type": "Person", "name": "First Author"},
              {"@id": "#org", "@type": "Organization", "name": "The Outlet"}
            ]}
            """
        let metadata = JSONLDMetadata(scripts: [script])
        #expect(metadata.headline == "Real headline")
        #expect(metadata.datePublished == "2021-05-06T07:08:09Z")
        #expect(metadata.authors == ["First Author", "Second Author", "Third"])
        #expect(metadata.publisher == "The Outlet")
    }

    @Test func readsTopLevelArrays() {
        let metadata = JSONLDMetadata(scripts: [
            #"[{"@type": "BreadcrumbList"}, {"@type": "ReportageNewsArticle", "headline": "A", "author": "B"}]"#
        ])
        #expect(metadata.headline == "A")
        #expect(metadata.authors == ["B"])
    }

    @Test(arguments: [
        ("Tom &amp; Jerry", "Tom & Jerry"), ("It&#8217;s", "It\u{2019}s"), ("&#x41;B", "AB"), ("a & b", "a & b"),
        ("&bogus;", "&bogus;"),
    ])
    func decodesEntities(raw: String, decoded: String) {
        #expect(HTMLEntityDecoder.decode(raw) == decoded)
    }
}

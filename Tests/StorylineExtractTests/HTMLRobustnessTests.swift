import Testing

@testable import StorylineExtract

/// Malformed, truncated, deeply nested, very wide and very large pages through the whole HTML path
/// (`HTMLArticleReader`: parse, content, metadata): nothing may crash or hang, and what a page holds
/// must still come out.
@Suite("HTML robustness")
struct HTMLRobustnessTests {
    static let paragraph =
        "<p>The council voted on Tuesday to repair the old bridge, which has carried traffic, trams and cyclists since 1911.</p>"

    @Test func readsAPageOverTenMegabytes() throws {
        var page = "<html><head><title>Long report</title></head><body><nav><a href='/'>Home</a></nav><article>"
        let count = 90_000
        page.reserveCapacity(count * Self.paragraph.utf8.count + 200)
        for _ in 0..<count { page += Self.paragraph }
        page += "</article><footer>All rights reserved</footer></body></html>"
        let bytes = Array(page.utf8)
        #expect(bytes.count > 10_000_000)
        let draft = try HTMLArticleReader().read(bytes, url: nil, file: "huge.html")
        #expect(draft.original.split(separator: "\n\n").count == count)
        #expect(!draft.original.contains("All rights reserved"))
    }

    @Test func readsAHundredThousandSiblings() throws {
        let page = "<body><div>" + String(repeating: "<b>word</b> ", count: 100_000) + "</div>" + Self.paragraph + "</body>"
        let draft = try HTMLArticleReader().read(Array(page.utf8), url: nil, file: "wide.html")
        #expect(draft.original.contains("repair the old bridge"))
    }

    @Test func everyTruncationOfAPageReadsOrFailsCleanly() throws {
        let page = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge | Daily</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge","author":{"name":"A. Writer"}}</script>
            </head><body><header><nav><ul><li><a href="/">Home</a></li></ul></nav></header>
            <article class="story"><h1>Bridge</h1>\(Self.paragraph)\(Self.paragraph)<blockquote>“It is time,” she said.</blockquote>
            <ul><li>One</li><li>Two</li></ul><table><tr><td>cell</td></tr></table></article>
            <aside class="related"><a href="/x">More</a></aside></body></html>
            """
        let bytes = Array(page.utf8)
        for length in stride(from: 0, through: bytes.count, by: 7) {
            do {
                let draft = try HTMLArticleReader().read(Array(bytes[0..<length]), url: nil, file: "cut.html")
                #expect(!draft.original.isEmpty)
            } catch {
                #expect(error.code == .emptyInput || error.code == .malformedHTML)
            }
        }
    }

    @Test func mutatedMarkupNeverCrashes() {
        var generator = EncodingFuzzTests.SeededGenerator(state: 77)
        let pieces = [
            "<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<table>", "<td>", "<li>", "<!--", "-->", "<script>",
            "</script>", "<![CDATA[", "]]>", "<svg>", "<noscript>", "<button>", "&amp;", "&#x0;", "&#99999999;", "<",
            ">", "\"", "'", "text, with commas, and more words ", "\u{0}", "<br>", "<header class='share'>",
            "<article>", "<main>", "<p class='caption'>", "<div style='display:none'>", "<h1>", "\u{FEFF}",
        ]
        for _ in 0..<400 {
            var page = ""
            for _ in 0..<Int.random(in: 0...120, using: &generator) {
                page += pieces.randomElement(using: &generator)!
            }
            if let document = HTMLDocument(bytes: Array(page.utf8)) {
                let content = HTMLContentExtractor().extract(from: document)
                _ = HTMLMetadataExtractor().extract(from: document, content: content, pageURL: "https://example.com/a")
                for paragraph in content.paragraphs { #expect(!paragraph.isEmpty) }
            }
        }
    }
}

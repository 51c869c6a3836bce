import Testing

@testable import StorylineExtract

@Suite("HTMLDocument")
struct HTMLDocumentTests {
    @Test func decodesEntitiesAndReadsAttributes() throws {
        let document = try #require(
            HTMLDocument(bytes: Array(#"<p class="lead" data-x="a&amp;b">Tom &amp; Jerry&nbsp;&eacute;</p>"#.utf8)))
        let paragraph = try #require(document.elements.first { $0.name == "p" })
        #expect(paragraph.attribute("class") == "lead")
        #expect(paragraph.attribute("data-x") == "a&b")
        #expect(paragraph.attribute("missing") == nil)
        #expect(paragraph.textContent == "Tom & Jerry\u{A0}é")
        #expect(paragraph.attributes.map(\.name) == ["class", "data-x"])
    }

    @Test func addsImpliedHTMLAndBody() throws {
        let document = try #require(HTMLDocument(bytes: Array("<p>Just text".utf8)))
        #expect(document.root?.name == "html")
        #expect(document.body?.children.first?.name == "p")
    }

    @Test func emptyInputHasNoDocument() {
        #expect(HTMLDocument(bytes: []) == nil)
    }

    @Test func survivesTruncatedAndBrokenMarkup() throws {
        let pages = [
            "<div><p>Unclosed <b>bold <i>both", "<<<>>></p></div></span>", "<html><body><p>ok</p><scr",
            "\u{0}\u{1}<p>x",
        ]
        for page in pages {
            let document = HTMLDocument(bytes: Array(page.utf8))
            _ = document?.elements.map(\.textContent)
        }
    }

    @Test func walksVeryDeepNestingWithoutRecursion() throws {
        let depth = 50_000
        let page =
            String(repeating: "<div>", count: depth) + "<p>Deep text at the bottom of the page.</p>"
            + String(repeating: "</div>", count: depth)
        let document = try #require(HTMLDocument(bytes: Array(page.utf8)))
        var walker = HTMLTreeWalker(root: try #require(document.root))
        var entered = 0
        while let event = walker.next() {
            if case .enter = event { entered += 1 }
        }
        #expect(entered > 10)
    }

    @Test func walkerSkipsChildrenOnRequest() throws {
        let document = try #require(HTMLDocument(bytes: Array("<div><script>x()</script><p>a</p></div>".utf8)))
        var walker = HTMLTreeWalker(root: try #require(document.body))
        var names: [String] = []
        while let event = walker.next() {
            guard case .enter(let node) = event else { continue }
            if node.isElement { names.append(node.name) }
            if node.name == "script" { walker.skipChildren() }
            if node.isText { names.append("#" + (node.text ?? "")) }
        }
        #expect(names == ["body", "div", "script", "p", "#a"])
    }

    @Test(arguments: [
        ("<meta charset=\"utf-8\"><p>é</p>", TextEncodingSource.metaDeclaration),
        ("<p>plain ascii</p>", .detected),
        ("<p>caf\u{E9}</p>", .detected),
    ])
    func sniffsEncoding(page: String, source: TextEncodingSource) {
        let resolution = TextEncodingResolver().resolve(Array(page.utf8))
        #expect(resolution.encoding == .utf8)
        #expect(resolution.source == source)
    }

    @Test func readsUndeclaredWindows1252() throws {
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94] + Array("</p>".utf8)
        #expect(TextEncodingResolver().resolve(bytes).encoding == .windows1252)
        let document = try #require(HTMLDocument(bytes: bytes))
        #expect(document.body?.textContent == "café “q”")
    }
}

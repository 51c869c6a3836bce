import Testing

@testable import StorylineExtract

@Suite("HTMLContentExtractor")
struct HTMLContentExtractorTests {
    private func content(_ fixture: String) throws -> HTMLContent {
        let document = try #require(HTMLDocument(bytes: try HTMLFixtures.bytes(fixture)))
        return HTMLContentExtractor().extract(from: document)
    }

    @Test func keepsTheArticleAndDropsTheNoise() throws {
        let content = try content("jsonld-newsarticle.html")
        #expect(content.method == .markedContainer)
        #expect(
            content.paragraphs == [
                "The city\u{2019}s main port reopened on Tuesday, three days after a storm tore cranes from their rails and flooded the container terminal, officials said.",
                "Harbor master Ana Ruiz said the first ships, a grain carrier and two container vessels, had berthed by noon, and that the queue outside the breakwater would clear by the weekend.",
                "Insurance claims",
                "Insurers estimate the damage at 40 million euros, according to a statement from the port authority, which expects repairs to take until spring.",
                "Terminal A: open from Tuesday",
                "Terminal B: open from Friday",
                "\u{201C}We were lucky that nobody was hurt,\u{201D} Ruiz said.",
                "Trade groups welcomed the reopening but warned that delays would ripple through supply chains for weeks.",
            ])
        for noise in [
            "cookies", "Share on", "Storm hits coast", "newsletter", "Great reporting", "Most read", "rights reserved",
            "Damaged cranes",
        ] {
            #expect(!content.text.contains(noise), "kept \(noise)")
        }
    }

    @Test func scoresPagesWithoutMarkers() throws {
        let content = try content("opengraph-only.html")
        #expect(content.method == .scoring)
        #expect(content.paragraphs.count == 3)
        #expect(content.paragraphs.first?.hasPrefix("Farmers across the valley") == true)
        #expect(!content.text.contains("Classifieds"))
        #expect(!content.text.contains("Agriculture"))
    }

    @Test func dropsTagListsAndMenus() throws {
        let content = try content("jsonld-graph.html")
        #expect(content.paragraphs.count == 3)
        #expect(!content.text.contains("transport"))
        #expect(!content.text.contains("Sport"))
    }

    @Test func recoversFromMalformedAndTruncatedMarkup() throws {
        let content = try content("malformed.html")
        #expect(content.paragraphs.count == 4)
        #expect(content.paragraphs[0].hasSuffix("replace its rusted steel beams, the city said."))
        #expect(content.paragraphs[1].contains("journeys & causing"))
        #expect(content.paragraphs[3].hasSuffix("ageing infrastruc"))
    }

    @Test func decodesDeclaredWindows1252() throws {
        let content = try content("german-cp1252.html")
        #expect(content.paragraphs.count == 3)
        #expect(content.paragraphs[2].hasPrefix("„Wir schaffen damit endlich genügend Wasserfläche"))
        #expect(!content.text.contains("Teilen"))
    }

    @Test(arguments: [200, 20_000])
    func extractsFromDeeplyNestedPages(depth: Int) throws {
        // The parser caps nesting (deeper elements hang flat under the deepest allowed one), so text at any
        // depth comes out, and nothing may crash or recurse.
        let paragraph = "<p>This sentence sits in a deep tree, with commas, clauses, and enough words to score.</p>"
        let page =
            "<html><body><div class=\"story\">" + paragraph + String(repeating: "<div class=\"wrap\">", count: depth)
            + paragraph + String(repeating: "</div>", count: depth) + "</div></body></html>"
        let document = try #require(HTMLDocument(bytes: Array(page.utf8)))
        let content = HTMLContentExtractor().extract(from: document)
        #expect(content.paragraphs.count == 2)
    }

    @Test func wrappersWithUnluckyClassesKeepTheArticle() throws {
        let page = """
            <body><div class="has-comments comments-open"><div id="main"><article class="post tag-politics">
            <p>The first paragraph of the story is long enough to count as real prose, with commas, too.</p>
            <p>The second paragraph adds more detail, quotes an official, and closes the argument.</p>
            </article></div></div></body>
            """
        let document = try #require(HTMLDocument(bytes: Array(page.utf8)))
        #expect(HTMLContentExtractor().extract(from: document).paragraphs.count == 2)
    }

    @Test(arguments: [
        ("nav", true), ("share-buttons", true), ("article-body", false), ("content-sidebar-wrap", false),
        ("sidebar", true), ("post-tags", true), ("tag-yoga", false), ("hidden-xs", false), ("hidden", true),
        ("comments-area", true), ("cookie-notice", true), ("ad-slot", true), ("header", false),
    ])
    func classRules(classes: String, isBoilerplate: Bool) {
        let found = ClassPatternMatcher.shared.categories(of: classes)
        let verdict =
            found.contains(.strong) || found.contains(.hiding) || (found.contains(.soft) && !found.contains(.rescue))
        #expect(verdict == isBoilerplate)
    }

    @Test func collapsesWhitespace() {
        #expect(ParagraphRenderer.collapsingWhitespace("  a \n\t b\u{A0}\u{200B}c  ") == "a b c")
    }
}

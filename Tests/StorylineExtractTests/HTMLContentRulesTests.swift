import Testing

@testable import StorylineExtract

/// One test per content-selection rule, each on a small page written for it.
@Suite("HTMLContentExtractor rules")
struct HTMLContentRulesTests {
    private func extract(_ body: String) throws -> HTMLContent {
        let page = "<!DOCTYPE html><html><head><title>Test</title></head><body>\(body)</body></html>"
        let document = try #require(HTMLDocument(bytes: Array(page.utf8)))
        return HTMLContentExtractor().extract(from: document)
    }

    private static let siteChrome = """
        <header class="masthead"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
        """

    private static func prose(_ topic: String, sentences: Int = 3) -> String {
        (1...sentences).map {
            "Sentence \($0) about \(topic) is long enough to read as prose, with a comma, a verb and a full stop."
        }.joined(separator: " ")
    }

    @Test func textWrittenStraightIntoAContainerWithHeadingsCounts() throws {
        let content = try extract(
            """
            \(Self.siteChrome)
            <div class="story">\(Self.prose("the harbour"))<br><br>\(Self.prose("the cranes"))
            <h2>What comes next</h2>\(Self.prose("the repairs"))</div>
            <div class="aside-box"><p>A short note in a box beside the story, with a comma, and an end.</p></div>
            """)
        #expect(content.text.contains("Sentence 1 about the harbour"))
        #expect(content.text.contains("Sentence 3 about the repairs"))
        #expect(content.text.contains("What comes next"))
        #expect(!content.text.contains("Home"))
    }

    @Test func aListingRendersItsItemsLinksIncluded() throws {
        let items = (1...12).map {
            "<li><a href=\"/jobs/\($0)\">Senior Swift Engineer \($0)</a> <span>Acme \($0)</span> <span>Remote</span></li>"
        }.joined()
        let content = try extract(
            """
            \(Self.siteChrome)
            <main><h1>Swift jobs</h1><p>Latest posts.</p><ul class="jobs">\(items)</ul></main>
            <footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
            """)
        #expect(content.method == .region)
        #expect(content.text.contains("Senior Swift Engineer 1"))
        #expect(content.text.contains("Senior Swift Engineer 12"))
        #expect(content.text.contains("Acme 7"))
        #expect(!content.text.contains("Privacy"))
        #expect(!content.text.contains("Sport"))
    }

    @Test func anArticleBesideALongLinkListStaysAnArticle() throws {
        let related = (1...30).map { "<li><a href=\"/r/\($0)\">Another story about something else \($0)</a></li>" }
            .joined()
        let content = try extract(
            """
            \(Self.siteChrome)
            <main><div class="story"><p>\(Self.prose("the election", sentences: 6))</p>
            <p>\(Self.prose("the count", sentences: 6))</p></div>
            <ul class="list">\(related)</ul></main>
            """)
        #expect(content.method != .region)
        #expect(content.text.contains("Sentence 6 about the count"))
        #expect(!content.text.contains("Another story"))
    }

    @Test func aHeadingWhoseSectionWasLeftOutGoesWithIt() throws {
        let links = (1...6).map { "<li><a href=\"/r/\($0)\">Related headline number \($0)</a></li>" }.joined()
        let content = try extract(
            """
            <article><p>\(Self.prose("the budget"))</p><h2>The vote</h2><p>\(Self.prose("the vote"))</p>
            <h2>Read more from our politics desk</h2><ul>\(links)</ul></article>
            """)
        #expect(content.paragraphs.contains("The vote"))
        #expect(!content.text.contains("Read more from our politics desk"))
        #expect(!content.text.contains("Related headline"))
    }

    @Test func boxesWithoutProseAreLeftOutOfAnArticle() throws {
        let content = try extract(
            """
            <article><p>\(Self.prose("the floods", sentences: 5))</p>
            <div class="box"><div>Was this article useful?</div><div>Yes</div><div>No</div></div>
            <p>\(Self.prose("the dams", sentences: 5))</p></article>
            """)
        #expect(content.text.contains("Sentence 5 about the dams"))
        #expect(!content.text.contains("Was this article useful?"))
    }

    @Test func articleChromeIsLeftOutOfAnArticleButKeptInAListing() throws {
        let article = try extract(
            """
            <article><span class="byline">By Ana Ruiz</span> <span class="timestamp">3 hours ago</span>
            <p>\(Self.prose("the port", sentences: 5))</p></article>
            """)
        #expect(!article.text.contains("Ana Ruiz"))
        #expect(!article.text.contains("3 hours ago"))
        let items = (1...10).map {
            "<li><a href=\"/p/\($0)\">Post title number \($0)</a> <span class=\"timestamp\">May \($0)</span></li>"
        }.joined()
        let listing = try extract("<main><ul>\(items)</ul></main>")
        #expect(listing.method == .region)
        #expect(listing.text.contains("May 10"))
    }

    @Test func aHeaderInsideTheArticleIsTheArticlesOwn() throws {
        let content = try extract(
            """
            \(Self.siteChrome)
            <article><header><h1>Port reopens</h1><p class="standfirst">\(Self.prose("the standfirst", sentences: 2))</p></header>
            <div class="body"><p>\(Self.prose("the reopening", sentences: 5))</p></div></article>
            """)
        #expect(content.text.contains("Sentence 2 about the standfirst"))
        #expect(!content.text.contains("World"))
    }

    @Test func aShortArticleIsNotTradedForTheChromeAroundIt() throws {
        let content = try extract(
            """
            \(Self.siteChrome)
            <div class="post"><div class="post-content"><p>Slipped on the ice today, and the neighbour won the bet.</p></div>
            <div class="sharedaddy"><h3>Share this:</h3><a href="/s">Twitter</a></div></div>
            <div class="cookie-notice"><p>Privacy and cookies: this site uses cookies. By continuing to use this
            website, you agree to their use, and you can find out more, including how to control cookies, in our
            cookie policy, which explains what we store, why we store it, and how long we keep it.</p></div>
            """)
        #expect(content.text.contains("Slipped on the ice today"))
        #expect(!content.text.contains("cookies"))
    }

    @Test func aShortSoleArticleIsKeptAmongManyTeasers() throws {
        let teasers = (1...12).map {
            "<div class=\"teaser\"><h3>Headline number \($0) of another story</h3><p>\(Self.prose("teaser \($0)", sentences: 1))</p></div>"
        }.joined()
        let content = try extract(
            """
            \(Self.siteChrome)
            <div class="page"><article><h1>Hours worked</h1><p>\(Self.prose("the short note", sentences: 3))</p></article>
            <div class="more">\(teasers)</div></div>
            """)
        #expect(content.text.contains("Sentence 3 about the short note"))
        #expect(!content.text.contains("teaser 5"))
        // Teasers that are each an <article> make a listing: no article is the page's own.
        let listing = try extract(
            "<main>" + (1...12).map { "<article><h3>Story \($0)</h3><p>\(Self.prose("story \($0)", sentences: 1))</p></article>" }.joined() + "</main>")
        #expect(listing.text.contains("story 12"))
        #expect(listing.text.contains("story 1 "))
    }

    @Test func aLinkWrappedInASpanStaysInItsSentence() throws {
        let content = try extract(
            """
            <article><p>\(Self.prose("the earrings", sentences: 2))</p>
            <p>The small hoops by <span style="color:#000080"><a href="/shop/hoops">Zoeca</a></span> are subtle.</p>
            <p>\(Self.prose("the charms", sentences: 2))</p></article>
            """)
        #expect(content.text.contains("The small hoops by Zoeca are subtle."))
    }

    @Test func aRelatedPostsBoxAtTheEndIsLeftOut() throws {
        let teasers = (1...3).map {
            "<h4><a href=\"/p/\($0)\">Another story number \($0)</a></h4><p>An excerpt of story \($0) that runs on for a line.</p>"
        }.joined()
        let content = try extract(
            """
            <article><h1>Port reopens</h1><p>\(Self.prose("the port", sentences: 6))</p>
            <div class="x1"><div class="x2">Ähnliche Beiträge</div>\(teasers)</div></article>
            """)
        #expect(content.text.contains("Sentence 6 about the port"))
        #expect(!content.text.contains("Ähnliche Beiträge"))
        #expect(!content.text.contains("excerpt of story 2"))
    }

    @Test func aWidgetOfProseInsideTheArticleIsItsOwnSection() throws {
        let content = try extract(
            """
            \(Self.siteChrome)
            <main><div class="review"><h1>The year's best dishwashers</h1><p>\(Self.prose("the test", sentences: 10))</p>
            <div class="c-product-widget"><h2>Most trusted brand</h2><p>\(Self.prose("the brand", sentences: 6))</p></div>
            <div class="c-product-widget"><h2>Best value</h2><p>\(Self.prose("the value pick", sentences: 6))</p></div>
            <div class="share-widget"><a href="/a">Share</a> <a href="/b">Tweet</a></div></div></main>
            <div class="sidebar-widget"><h3>Popular</h3><ul><li><a href="/1">One story</a></li><li><a href="/2">Two</a></li></ul></div>
            """)
        #expect(content.text.contains("Sentence 5 about the brand"))
        #expect(content.text.contains("Sentence 5 about the value pick"))
        #expect(!content.text.contains("Tweet"))
        #expect(!content.text.contains("One story"))
    }

    @Test func anArticleBodyInsideANewsletterSectionIsKept() throws {
        let content = try extract(
            """
            \(Self.siteChrome)
            <main><section class="section-hero cc-newsletter"><div class="newsletter-wrapper">
            <h1>Issue 12: sleep</h1><div class="rich-text-newsletter-cms">
            <p>\(Self.prose("sleep", sentences: 6))</p><p>\(Self.prose("light", sentences: 4))</p></div></div></section>
            <div class="newsletter-signup"><p>Join 800,000 subscribers to get our weekly email.</p></div></main>
            """)
        #expect(content.text.contains("Sentence 6 about sleep"))
        #expect(content.text.contains("Sentence 4 about light"))
        #expect(!content.text.contains("800,000 subscribers"))
    }

    @Test(arguments: [
        ("Related Posts", true), ("Read more:", true), ("More from Science", true), ("À lire aussi", true),
        ("Das könnte Sie auch interessieren", true), ("Czytaj także", true), ("Relatedness of species", false),
        ("The port reopens", false), ("See also", true), ("About the Author", true), ("About the town", false),
        ("Don’t miss", true), ("Lea también:", true), ("— Читайте также —", true),
    ])
    func relatedTitles(line: String, isTitle: Bool) {
        #expect(RelatedBlockFinder.isTitle(line) == isTitle)
    }

    @Test func softHyphensAreNotPartOfTheText() throws {
        let content = try extract("<article><p>\(Self.prose("wine"))</p><p>Schon im Mit&shy;tel&shy;al&shy;ter.</p></article>")
        #expect(content.text.contains("Schon im Mittelalter."))
    }

    @Test(arguments: [
        ("enable-pin-share", false), ("modal-enabled", false), ("sharing-disabled", false), ("share-bar", true),
        ("apageroot__sectionwrapper", false), ("pager", true), ("elementor-widget-container", false),
        ("author-description", true), ("more-posts", true), ("node node-article node-promoted", false),
        ("hentry promoted", false), ("promo-box", true), ("crosspromo", true), ("card--share", false),
        ("paragraph--type--recommended-articles", true), ("field--name-field-related-articles", true),
        ("node--type-article", false), ("image-legend", true),
    ])
    func classTokens(classes: String, isBoilerplate: Bool) {
        let found = ClassPatternMatcher.shared.categories(of: classes)
        let verdict =
            found.contains(.strong) || found.contains(.hiding) || found.contains(.caption)
            || (found.contains(.soft) && !found.contains(.rescue))
        #expect(verdict == isBoilerplate)
    }

    @Test(arguments: [("byline", true), ("post-date", true), ("entry-meta", true), ("teaser-text", false)])
    func articleChromeTokens(classes: String, isChrome: Bool) {
        let found = ClassPatternMatcher.shared.categories(of: classes)
        #expect((found.contains(.articleChrome) || found.contains(.strong)) == isChrome)
    }
}

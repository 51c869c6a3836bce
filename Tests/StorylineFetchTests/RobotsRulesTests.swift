import StorylineFetch
import Testing

@Suite struct RobotsRulesTests {
    private static let text = """
        # comments and unknown lines are ignored
        User-agent: *
        Disallow: /
        Crawl-delay: 9

        User-agent: OtherBot
        User-agent: storyline/2.0
        Disallow: /private
        Allow: /private/public
        Disallow: /*.pdf$
        Disallow: /search?q=
        Allow: /page
        Disallow: /page
        Disallow: /caf%c3%a9
        Crawl-delay: 2.5
        Sitemap: https://example.com/sitemap.xml
        Disallow: /tmp/*/draft
        """

    @Test(arguments: [
        ("/", true),
        ("/news/1", true),
        ("/private", false),
        ("/private/x", false),
        ("/private/public/x", true),  // longer Allow wins
        ("/report.pdf", false),
        ("/report.pdf?download=1", true),  // `$` anchors at the end
        ("/search?q=rutte", false),
        ("/search", true),
        ("/page", true),  // equal length: Allow wins
        ("/café", false),  // percent-encoding compared normalised
        ("/caf%C3%A9", false),
        ("/tmp/a/b/draft", false),  // `*` spans slashes; Sitemap did not end the group
        ("/tmp/draft", true),
        ("/robots.txt", true),
    ])
    func theCrawlersGroupDecides(path: String, allowed: Bool) {
        let rules = RobotsRules(parsing: Self.text, for: "Storyline")
        #expect(rules.allows(path) == allowed)
    }

    @Test func theCrawlDelayIsTheGroups() {
        #expect(RobotsRules(parsing: Self.text, for: "Storyline").crawlDelay == 2.5)
        #expect(RobotsRules(parsing: Self.text, for: "SomeoneElse").crawlDelay == 9)
    }

    @Test func anotherCrawlerFallsBackToTheStarGroup() {
        let rules = RobotsRules(parsing: Self.text, for: "SomeoneElse")
        #expect(!rules.allows("/news/1"))
    }

    @Test func groupsForTheSameCrawlerAreCombined() {
        let text =
            "User-agent: Storyline\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n\nUser-agent: Storyline\nDisallow: /c\n"
        let rules = RobotsRules(parsing: text, for: "Storyline")
        #expect(!rules.allows("/a") && !rules.allows("/c"))
        #expect(rules.allows("/b"))
    }

    @Test func anEmptyDisallowAndNoGroupAllowEverything() {
        #expect(RobotsRules(parsing: "User-agent: *\nDisallow:\n", for: "Storyline").allows("/x"))
        #expect(RobotsRules(parsing: "", for: "Storyline").allows("/x"))
        #expect(RobotsRules(parsing: "Disallow: /\n", for: "Storyline").allows("/x"))
    }

    @Test func theFixedRulesAllowAllOrNothing() {
        #expect(RobotsRules.allowAll.allows("/anything"))
        #expect(!RobotsRules.disallowAll.allows("/anything"))
    }
}

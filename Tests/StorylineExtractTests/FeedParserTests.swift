import StorylineCore
import Testing

@testable import StorylineExtract

@Suite("FeedParser")
struct FeedParserTests {
    let parser = FeedParser()

    @Test func readsRSS2WithContentAndDublinCore() throws {
        let feed = try parser.parse(try FeedFixtures.bytes("harbor.rss"), file: "harbor.rss")
        #expect(feed.kind == .rss)
        #expect(feed.title == "Harbor Daily")
        #expect(feed.siteURL == "https://harbor.example/")
        #expect(feed.feedURL == "https://harbor.example/feed.xml")
        #expect(feed.language == "en")
        #expect(feed.entries.count == 4)
        let first = feed.entries[0]
        #expect(first.index == 1)
        #expect(first.id == "harbor-1001")
        #expect(first.url == "https://harbor.example/news/port-reopens")
        #expect(first.authors == ["Maria Lopez", "Tom Reed"])
        #expect(first.published?.iso8601 == "2024-10-14T09:30:00+02:00")
        #expect(first.categories == ["Shipping", "Weather"])
        #expect(first.content?.kind == .html)
        #expect(first.content?.value.contains("<p>The city's main port reopened") == true)
        #expect(first.summary?.value == "The port reopened on Monday.")
        let second = feed.entries[1]
        #expect(second.authors == ["Sam Ortiz"])
        #expect(second.published?.iso8601 == "2024-10-15T16:05:00Z")
        // The XML layer decodes once: the description is now HTML with its own entities.
        #expect(second.summary?.value.hasPrefix("<p>The island ferry") == true)
        #expect(second.summary?.value.contains("&lt;Night Line&gt;") == true)
        #expect(feed.entries[2].published?.iso8601 == "2024-10-16T08:00:00-04:00")
        // A permalink guid stands in for the missing link.
        #expect(feed.entries[3].url == "https://harbor.example/news/fish-market")
        #expect(feed.entries[3].published?.iso8601 == "2024-10-17T07:45-04:00")
    }

    @Test func readsRSS1RDF() throws {
        let feed = try parser.parse(try FeedFixtures.bytes("valley.rdf"), file: "valley.rdf")
        #expect(feed.kind == .rdf)
        #expect(feed.title == "Valley Courier")
        #expect(feed.language == "fr")
        let entry = try #require(feed.entries.first)
        #expect(feed.entries.count == 1)
        #expect(entry.title == "Le pont rouvre à la circulation")
        #expect(entry.url == "https://valley.example/a/1")
        #expect(entry.authors == ["Claire Dubois"])
        #expect(entry.published?.iso8601 == "2024-10-15T10:12:00+02:00")
    }

    @Test func readsAtomTextConstructsLinksAndBases() throws {
        let feed = try parser.parse(try FeedFixtures.bytes("river.atom"), file: "river.atom")
        #expect(feed.kind == .atom)
        #expect(feed.title == "Rhein-Zeitung")
        #expect(feed.siteURL == "https://river.example/")
        #expect(feed.feedURL == "https://river.example/atom.xml")
        #expect(feed.language == "de")
        let first = feed.entries[0]
        #expect(first.title == "Brücke wieder offen")
        // xml:base on the entry, relative to the feed's base.
        #expect(first.url == "https://river.example/nachrichten/bruecke-offen")
        #expect(first.authors == ["Lena Vogel"])
        #expect(first.published?.iso8601 == "2024-10-15T08:12:00+02:00")
        #expect(first.updated?.iso8601 == "2024-10-15T09:00:00+02:00")
        #expect(first.categories == ["Verkehr"])
        #expect(first.language == "de")
        #expect(
            first.content
                == FeedText(
                    .html,
                    "<p>Die Brücke über den Rhein ist seit Dienstag wieder für den Verkehr geöffnet, teilte die Stadt mit.</p><p>Die Sanierung dauerte zwei Jahre und kostete 18 Millionen Euro.</p>"
                ))
        let second = feed.entries[1]
        #expect(second.language == "en")
        #expect(second.published == nil)
        #expect(second.url == "https://river.example/en/budget")
        #expect(second.authors == ["Redaktion"])  // the feed's author
        let xhtml = try #require(second.content)
        #expect(xhtml.kind == .html)
        #expect(xhtml.value.contains("<p>The city council approved the budget"))
        #expect(xhtml.value.contains("<b>4 percent</b>"))
        let third = feed.entries[2]
        #expect(third.content == nil)  // content given by `src` is not in the feed
        #expect(third.summary?.kind == .text)
        #expect(third.url == "https://river.example/wetter/warnung")
        #expect(
            feed.entries[3].content
                == FeedText(.text, "Die Preise für Äpfel <stiegen> leicht.\n\nBirnen blieben billig."))
    }

    @Test func readsJSONFeed11And10() throws {
        let feed = try parser.parse(
            try FeedFixtures.bytes("town.json"), url: "https://town.example/feed.json", file: "town.json")
        #expect(feed.kind == .jsonFeed)
        #expect(feed.title == "Town Crier")
        #expect(feed.language == "en")
        #expect(feed.entries.count == 4)
        let first = feed.entries[0]
        #expect(first.authors == ["Priya Shah", "Ben Cole"])
        #expect(first.published?.iso8601 == "2024-10-12T09:00:00+01:00")
        #expect(first.categories == ["culture", "library"])
        #expect(first.content?.kind == .html)
        let second = feed.entries[1]
        #expect(second.id == "2002")
        #expect(second.url == "https://town.example/bus-fares")
        #expect(second.language == "cy")
        #expect(second.authors == ["Town Crier Desk"])
        #expect(second.content?.kind == .text)
        #expect(feed.entries[2].summary == FeedText(.text, "The autumn fete raised 12,000 pounds for the hospice."))
        #expect(feed.entries[2].updated?.iso8601 == "2024-10-14T18:00:00Z")

        let old = try parser.parse(try FeedFixtures.bytes("old-town.json"), file: "old-town.json")
        #expect(old.entries.first?.authors == ["Gazette Staff"])
        #expect(old.entries.first?.published?.iso8601 == "2024-10-10T08:00:00-05:00")
    }

    @Test func undeclaredPrefixesAndHTMLEntitiesInSloppyFeeds() throws {
        let xml = """
            <rss version="2.0"><channel><title>Sloppy&nbsp;News</title><item><title>Caf&eacute; reopens</title>
            <content:encoded><![CDATA[<p>The caf\u{E9} on the square reopened.</p>]]></content:encoded>
            <dc:creator>Ana Kovac</dc:creator></item></channel></rss>
            """
        let feed = try parser.parse(Array(xml.utf8), file: "sloppy.rss")
        #expect(feed.title == "Sloppy\u{A0}News")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Café reopens")
        #expect(entry.content?.value == "<p>The caf\u{E9} on the square reopened.</p>")
        #expect(entry.authors == ["Ana Kovac"])
    }

    @Test func namespacesAreMatchedByURINotPrefix() throws {
        let xml = """
            <rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:content="urn:other">
            <channel><title>T</title><item><title>A</title>
            <content:encoded>not the content module</content:encoded>
            <c:encoded>&lt;p&gt;The real content.&lt;/p&gt;</c:encoded></item></channel></rss>
            """
        let entry = try #require(try parser.parse(Array(xml.utf8), file: "ns.rss").entries.first)
        #expect(entry.content?.value == "<p>The real content.</p>")
    }

    @Test func externalEntitiesAreNeverLoadedAndInternalOnesNeverExpanded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
              <!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.dtd">
              <!ENTITY company "ACME Shipping">
              <!ENTITY nbsp "NOT-A-SPACE">
            ]>
            <rss version="2.0"><channel><title>Leak &secret;&remote; and &company;</title>
            <item><title>Entry</title><description>Text &secret; &company;&nbsp;end</description></item></channel></rss>
            """
        let feed = try parser.parse(Array(xml.utf8), file: "xxe.rss")
        #expect(feed.title == "Leak  and")
        let summary = try #require(feed.entries.first?.summary?.value)
        #expect(summary == "Text  end")
        #expect(!summary.contains("root"))
    }

    @Test func aBillionLaughsStopsEarly() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            ]>
            <rss version="2.0"><channel><title>T &f;</title>
            <item><title>Entry &f;</title><description>Text &f; end</description></item></channel></rss>
            """
        // libxml2's amplification check stops the parse; whatever is left is small and has no expansion.
        let feed = try parser.parse(Array(xml.utf8), file: "laughs.rss")
        #expect((feed.title ?? "").count < 100)
        for entry in feed.entries { #expect((entry.summary?.value ?? "").count < 100) }
    }

    @Test func refusesXMLThatIsNotAFeedAndJunk() {
        #expect(throws: InputError.self) { try parser.parse(Array("<html><body>x</body></html>".utf8), file: "a.xml") }
        let notFeed = #expect(throws: InputError.self) { try parser.parse(Array("<sitemap/>".utf8), file: "s.xml") }
        #expect(notFeed?.code == .unsupportedFormat)
        let junk = #expect(throws: InputError.self) { try parser.parse(Array("just words".utf8), file: "j.xml") }
        #expect(junk?.code == .malformedFeed)
        let json = #expect(throws: InputError.self) { try parser.parse(Array("{\"version\": 1}".utf8), file: "j.json") }
        #expect(json?.code == .malformedFeed)
        let empty = #expect(throws: InputError.self) { try parser.parse(Array("  \n".utf8), file: "e.xml") }
        #expect(empty?.code == .emptyInput)
    }
}

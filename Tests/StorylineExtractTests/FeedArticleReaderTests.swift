import StorylineCore
import Testing

@testable import StorylineExtract

@Suite("FeedArticleReader")
struct FeedArticleReaderTests {
    let reader = FeedArticleReader()

    private func read(_ fixture: String) throws -> (drafts: [DocumentDraft], errors: [InputError]) {
        var drafts: [DocumentDraft] = []
        var errors: [InputError] = []
        for entry in reader.read(try FeedFixtures.bytes(fixture), url: nil, file: fixture) {
            switch entry {
            case .article(let draft, _): drafts.append(draft)
            case .failure(let error): errors.append(error)
            }
        }
        return (drafts, errors)
    }

    @Test func contentEncodedIsReadAsAWholeFragment() throws {
        let (drafts, _) = try read("harbor.rss")
        let draft = try #require(drafts.first)
        #expect(draft.title == "Port reopens after storm damage")
        #expect(draft.outlet == "Harbor Daily")
        #expect(draft.author == "Maria Lopez, Tom Reed")
        #expect(draft.published?.iso8601 == "2024-10-14T09:30:00+02:00")
        #expect(draft.language == "en")
        #expect(draft.url == "https://harbor.example/news/port-reopens")
        #expect(draft.extra["guid"] == "harbor-1001")
        #expect(draft.extra["categories"] == "Shipping, Weather")
        #expect(draft.extra["content"] == nil)
        let paragraphs = draft.original.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 4)
        #expect(paragraphs.first?.hasPrefix("The city's main port reopened on Monday") == true)
        #expect(paragraphs.last == "About twenty ships queued outside the breakwater on Monday morning.")
        #expect(!draft.original.contains("Share on X"))
        #expect(!draft.original.contains("track("))
    }

    @Test func entityEncodedHTMLInADescriptionIsDecodedOnce() throws {
        let (drafts, _) = try read("harbor.rss")
        let ferry = try #require(drafts.first { $0.title == "Ferry timetable cut for winter" })
        #expect(ferry.extra["content"] == "summary")
        #expect(ferry.author == "Sam Ortiz")
        #expect(
            ferry.original == """
                The island ferry will run four times a day from November, the operator said on Tuesday.

                Passengers asked about the <Night Line> service and AT&T coverage on board.
                """)
    }

    @Test func anEntryWithoutTextIsOneErrorAndTheOthersAreRead() throws {
        let (drafts, errors) = try read("harbor.rss")
        #expect(
            drafts.map(\.title) == [
                "Port reopens after storm damage", "Ferry timetable cut for winter",
                "Fish market moves to the old customs hall",
            ])
        #expect(errors.count == 1)
        #expect(
            errors.first?.description == "harbor.rss: entry 3 (id harbor-1003) has no text in its content or summary")
        let market = try #require(drafts.last)
        #expect(
            market.original
                == "The fish market will move to the old customs hall in spring, the council decided.\n\nTraders welcomed the decision."
        )
    }

    @Test func atomEntriesTakeTheirLanguageDatesAndTextKinds() throws {
        let (drafts, errors) = try read("river.atom")
        #expect(errors.isEmpty)
        #expect(drafts.count == 4)
        #expect(drafts[0].title == "Brücke wieder offen")
        #expect(drafts[0].language == "de")
        #expect(drafts[0].original.hasPrefix("Die Brücke über den Rhein ist seit Dienstag"))
        #expect(drafts[0].original.contains("\n\nDie Sanierung dauerte zwei Jahre"))
        #expect(drafts[1].language == "en")
        #expect(drafts[1].published?.iso8601 == "2024-10-16T12:30:00Z")  // updated, when there is no published
        #expect(
            drafts[1].original
                == "The city council approved the budget on Wednesday by 31 votes to 12.\n\nSpending on schools rises by 4 percent, the treasurer said."
        )
        #expect(drafts[2].extra["content"] == "summary")
        #expect(drafts[2].original == "Für Donnerstag wird Starkregen erwartet.\nDie Pegel könnten steigen.")
        #expect(drafts[3].original == "Die Preise für Äpfel <stiegen> leicht.\n\nBirnen blieben billig.")
        #expect(drafts.allSatisfy { $0.outlet == "Rhein-Zeitung" })
    }

    @Test func jsonFeedItems() throws {
        let (drafts, errors) = try read("town.json")
        #expect(drafts.count == 3)
        #expect(errors.map(\.description) == ["town.json: entry 4 (id 2004) has no text in its content or summary"])
        #expect(drafts[0].author == "Priya Shah, Ben Cole")
        #expect(
            drafts[0].original
                == "The new town library opened on Saturday with 40,000 books, the mayor said.\n\nChildren queued for the reading room."
        )
        #expect(drafts[1].original == "Bus fares will rise by 10 pence in January.\n\nThe operator blamed fuel costs.")
        #expect(drafts[1].language == "cy")
        #expect(drafts[2].extra["content"] == "summary")
        #expect(drafts[2].published?.iso8601 == "2024-10-14T18:00:00Z")
    }

    @Test func relativeLinksAreTakenRelativeToTheSite() throws {
        let xml = """
            <rss version="2.0"><channel><title>T</title><link>https://site.example/news/</link>
            <item><title>A</title><link>/2024/a</link><description>Text a.</description></item></channel></rss>
            """
        guard case .article(let draft, _) = reader.read(Array(xml.utf8), url: nil, file: "r.rss").first else {
            Issue.record("expected an article")
            return
        }
        #expect(draft.url == "https://site.example/2024/a")
    }

    @Test func aFeedWithoutEntriesIsOneError() {
        let entries = reader.read(
            Array("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>".utf8), url: nil,
            file: "quiet.rss")
        guard case .failure(let error) = entries.first, entries.count == 1 else {
            Issue.record("expected one failure")
            return
        }
        #expect(error.code == .emptyInput)
    }

    @Test func fragmentsKeepEveryParagraphThatPageScoringWouldDrop() throws {
        // A short article fragment with a long quote box: page scoring would pick one block; a fragment is whole.
        let html = """
            <p>Short lead.</p><div class="quote"><p>A much longer passage, with commas, clauses, and detail, that a
            readability scorer would take for the whole article, leaving the lead and the end out.</p></div>
            <p>Short end.</p>
            """
        let document = try #require(HTMLDocument(bytes: Array(html.utf8), encoding: "UTF-8"))
        let content = HTMLContentExtractor().extractFragment(from: document)
        #expect(content.paragraphs.count == 3)
        #expect(content.paragraphs.first == "Short lead.")
        #expect(content.paragraphs.last == "Short end.")
    }
}

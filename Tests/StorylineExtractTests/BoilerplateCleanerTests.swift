import StorylineCore
import Testing

@testable import StorylineExtract

extension CleaningFixture: CustomTestStringConvertible {}

@Suite struct BoilerplateCleanerTests {
    static let fixtures = CleaningFixture.all()

    private func cleaned(_ text: String) -> DocumentDraft {
        var draft = PlainTextReader().read(text)
        BoilerplateCleaner().clean(&draft)
        return draft
    }

    @Test func fixturesAreThere() {
        #expect(Self.fixtures.count >= 30)
    }

    @Test(arguments: fixtures)
    func cleansFixture(_ fixture: CleaningFixture) {
        let draft = cleaned(fixture.text)
        #expect(draft.original == fixture.text)
        #expect(draft.removalsAreConsistent)
        for expected in fixture.expectation.removed {
            let found = draft.removals.contains { $0.reason.rawValue == expected.reason && $0.text.contains(expected.snippet) }
            #expect(found, "expected \(expected.reason) removal containing “\(expected.snippet)”; got \(draft.removals.map { "\($0.reason): \($0.text.prefix(50))" })")
        }
        let kept = draft.keptText
        for snippet in fixture.expectation.kept {
            #expect(kept.contains(snippet), "content removed: “\(snippet)”")
        }
        if let title = fixture.expectation.title { #expect(draft.title == title) }
        if let published = fixture.expectation.published { #expect(draft.published?.iso8601 == published) }
        if let author = fixture.expectation.author { #expect(draft.author == author) }
        if let outlet = fixture.expectation.outlet { #expect(draft.outlet == outlet) }
    }

    @Test func neverOverlapsTheReadersRemovals() {
        let text = "Headline of the story here\n\nBy Jane Doe\n\nBody text with several words in it that is content.\n"
        var draft = PlainTextReader().read(text)
        let before = draft.removals
        draft.removals.append(RemovedSegment(text: "Body", reason: .navigation, start: 41, end: 45))
        BoilerplateCleaner().clean(&draft)
        #expect(draft.removalsAreConsistent)
        #expect(before.allSatisfy { draft.removals.contains($0) })
    }

    @Test func removesButtonLinesButNotSentencesAboutSharing() {
        let text = """
            Port reopens after storm

            Share

            The port reopened on Monday, officials said, and the fishing fleet's share of exports rose.

            Print this page:

            Teilen

            View all posts by Jane Doe
            """
        var draft = DocumentDraft(original: text)
        BoilerplateCleaner().clean(&draft)
        #expect(
            draft.removals.filter { $0.reason == .sharePrompt }.map(\.text)
                == ["Share", "Print this page:", "Teilen", "View all posts by Jane Doe"])
        #expect(draft.keptText.contains("share of exports"))
    }

    @Test func removesATitleThatOpensTheText() {
        var draft = DocumentDraft(
            title: "Drought cuts wheat harvest forecast",
            original: "Drought cuts wheat harvest forecast\n\nThe ministry cut its forecast on Monday.\n")
        BoilerplateCleaner().clean(&draft)
        #expect(draft.removals.map(\.reason) == [.duplicateTitle])
        #expect(draft.removals.first?.text == "Drought cuts wheat harvest forecast")
    }

    @Test func cutsOnlyTheAppealSentenceFromAMixedParagraph() {
        let text = """
            Bridge reopens after repairs

            The bridge reopened on Monday after eight months of repairs. Traffic was light in the morning. Engineers replaced all the cables. Support our journalism with a monthly gift.
            The city said tolls would stay unchanged.
            """
        let draft = cleaned(text)
        let appeal = draft.removals.first { $0.reason == .donationAppeal }
        #expect(appeal?.text == "Support our journalism with a monthly gift.")
        #expect(draft.keptText.contains("Engineers replaced all the cables."))
    }

    // MARK: - One test per shape of the demo articles (texts written for the tests)

    @Test func headlineThenQuoteRichBodyWithTeaserAppended() {
        let text = """
            Mayor promises new tram line by 2027, city council says.
            The mayor said on Monday that the city would build a tram line to the airport, officials said in comments published on Oct.
            14. "We will build it on time," the mayor told reporters on Oct.
            13. Critics say the budget is too small.
            "This is a promise we will keep," the mayor added.
            Farmers protest fuel prices, blockade motorway in the south Tractors blocked a motorway near Marseille on Tuesday as farmers demanded relief.
            Farmers' unions in Marseille have threatened further blockades if the government does not
            """
        let draft = cleaned(text)
        #expect(draft.title == "Mayor promises new tram line by 2027, city council says.")
        #expect(draft.removals.filter { $0.reason == .teaser }.count == 2)
        #expect(draft.keptText.contains("This is a promise we will keep"))
    }

    @Test func paragraphsFromMarkupAreNotSearchedForAGluedTeaser() {
        let text = """
            Mayor promises new tram line by 2027, city council says.
            The mayor said on Monday that the city would build a tram line to the airport, officials said in comments published on Oct.
            14. "We will build it on time," the mayor told reporters on Oct.
            13. Critics say the budget is too small.
            "This is a promise we will keep," the mayor added.
            Farmers protest fuel prices, blockade motorway in the south Tractors blocked a motorway near Marseille on Tuesday as farmers demanded relief.
            Farmers' unions in Marseille have threatened further blockades if the government does not
            """
        var draft = PlainTextReader().read(text)
        draft.paragraphsFromMarkup = true
        BoilerplateCleaner().clean(&draft)
        #expect(draft.removals.allSatisfy { $0.reason != .teaser })
        #expect(draft.keptText.contains("Farmers' unions in Marseille"))
    }

    @Test func headlineStandfirstDateDuplicateKeywordsAndAppeal() {
        let text = """
            Rail strike halts trains across the country

            Unions say the walkout will last two days.

            Mar 5, 2024 - 09:30
            Rail strike halts trains across the country

            unions rail strike walkout trains cancelled commuters two days wages

            Most long-distance and regional trains were cancelled on Tuesday as a 48-hour strike began.

            Related:

            You could close this page now. Or you could become a member and help us keep our reporting free for readers like you. Donate today.
            """
        let draft = cleaned(text)
        let reasons = draft.removals.map(\.reason)
        #expect(draft.published?.iso8601 == "2024-03-05T09:30")
        #expect(reasons.contains(.duplicateTitle) && reasons.contains(.seoKeywords) && reasons.contains(.relatedLinks))
        #expect(reasons.contains(.donationAppeal))
        #expect(draft.keptText.contains("Unions say the walkout will last two days."))
    }

    @Test func dateGluedHeadlineAndPlaceOutletLine() {
        let draft = cleaned(" date 2024-03-05 Rail strike: \"We will not back down\"\nLviv • ZAXID\nThe strike began on Tuesday.\nMore text follows here today.\n")
        #expect(draft.published?.iso8601 == "2024-03-05")
        #expect(draft.title == "Rail strike: \"We will not back down\"")
        #expect(draft.outlet == "ZAXID")
    }

    @Test func wireDatelineSeeAlsoAndTranslationNotice() {
        let text = """
            MANILA - The typhoon made landfall in the north of the country on Monday, forcing thousands to flee their homes, officials said.
            Rescue teams were deployed to the worst-hit provinces.
            SEE ALSO:
            Officials said the full extent of the damage would be known in a few days, once roads are cleared.
            The Spanish and German versions are automatically generated by the AI. Errors may remain. (service by ExampleTranslate)
            """
        let draft = cleaned(text)
        #expect(draft.removals.contains { $0.reason == .dateline && $0.text.hasPrefix("MANILA") })
        #expect(draft.removals.contains { $0.reason == .relatedLinks && $0.text == "SEE ALSO:" })
        #expect(draft.removals.contains { $0.reason == .translationNotice })
        #expect(draft.keptText.contains("Officials said the full extent of the damage"))
    }

    @Test func breadcrumbHeadlineCaptionCreditAuthorDate() {
        let text = """
            WorldPort city braces for record storm surge

            Port city braces for record storm surge

            Sandbags piled along the harbour wall
            Sandbags piled along the harbour wall
            Images source: © Example Pictures | Example Agency
            Tomasz Wiśniewski

            3 March 2024 18:40

            Residents of the port city filled sandbags on Sunday ahead of a storm surge forecast to be the highest on record.

            Flood defences

            The city has raised its flood walls by half a metre since the last major storm.
            """
        let draft = cleaned(text)
        #expect(draft.title == "Port city braces for record storm surge")
        #expect(draft.author == "Tomasz Wiśniewski")
        #expect(draft.published?.iso8601 == "2024-03-03T18:40")
        #expect(draft.removals.filter { $0.reason == .imageCredit }.count == 3)
        #expect(draft.keptText.contains("Flood defences"))
    }
}

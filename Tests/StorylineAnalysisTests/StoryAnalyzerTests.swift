import Foundation
import StorylineCore
import Testing

@testable import StorylineAnalysis
import StorylineTestSupport

@Suite struct StoryAnalyzerTests {
    let report = StoryAnalyzer().analyze(storyID: "harbor", articles: HarborStoryFixture.articles)

    func text(of article: String, _ start: Int, _ end: Int) -> String {
        let text = HarborStoryFixture.articles.first { $0.id == article }!.text
        return String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
    }

    @Test func articlesComeInPublicationOrderUndatedLast() {
        #expect(report.articles.map(\.id) == ["wire", "daily", "gazette"])
    }

    @Test func commonCoreCarriesEachSourcesWording() throws {
        let lead = try #require(report.common.first { $0.text.contains("Port Avalon") && $0.articles.count == 3 })
        #expect(Set(lead.passages.map(\.article)) == ["wire", "daily", "gazette"])
        for passage in lead.passages { #expect(text(of: passage.article, passage.start, passage.end) == passage.text) }
    }

    @Test func sectionOnlyOneSourceCarriesIsUniqueToIt() {
        let unique = report.unique.filter { $0.text.contains("catch was rotting") }
        #expect(unique.map(\.article) == ["daily"])
        for statement in report.unique {
            #expect(text(of: statement.article, statement.start, statement.end) == statement.text)
        }
    }

    @Test func omissionsListCoreStatementsASourceLeavesOut() throws {
        let gazette = try #require(report.omissions.first { $0.article == "gazette" })
        #expect(gazette.missing.contains { $0.contains("raise of 5 percent") })
    }

    @Test func summaryProvenanceOffsetsSpellTheSentence() throws {
        #expect(!report.summary.isEmpty && report.summary.count <= 7)
        for sentence in report.summary {
            let first = try #require(sentence.provenance.first)
            #expect(text(of: first.article, first.start, first.end) == sentence.text)
            #expect(sentence.sources.contains(first.article))
        }
    }

    @Test func disputedDateIsReportedWithEachValueAndEvidence() throws {
        // The rally: "on March 6" (wire, gazette) against "on Monday" = March 6 for daily (published
        // Thursday March 9: the Monday before is March 6) — they agree; so does the undated gazette.
        let dates = report.discrepancies.filter { $0.kind == .date }
        #expect(dates.isEmpty, "March 6 and 'Monday' before March 9 are the same day: \(dates)")
    }

    @Test func disagreeingDayOfOneEventIsADateDiscrepancy() throws {
        var daily = HarborStoryFixture.daily
        daily.text = daily.text.replacingOccurrences(of: "Federation on Monday", with: "Federation on Tuesday")
        let report = StoryAnalyzer().analyze(
            storyID: "harbor", articles: [HarborStoryFixture.wire, daily, HarborStoryFixture.gazette])
        let date = try #require(report.discrepancies.first { $0.kind == .date })
        #expect(date.subject == "rally")
        let tuesday = try #require(date.values.first { $0.value == "2023-03-07" })
        #expect(tuesday.articles == ["daily"])
        #expect(tuesday.written == ["Tuesday"])
        #expect(tuesday.evidence.first?.text.contains("on Tuesday") == true)
        #expect(date.values.first { $0.value == "2023-03-06" }?.articles.contains("wire") == true)
        #expect(report.timeline.contains { $0.conflicting })
    }

    @Test func acronymExpandedTwoWaysIsANameDiscrepancy() throws {
        let name = try #require(report.discrepancies.first { $0.kind == .name && $0.subject == "HLA" })
        #expect(name.values.count == 2)
        let values = Set(name.values.map(\.value))
        #expect(values == ["Harbor Labour Alliance", "Harbour Labour Association"])
        let association = try #require(name.values.first { $0.value == "Harbour Labour Association" })
        #expect(association.articles == ["daily"])
        #expect(association.evidence.first?.text.contains("organised by") == true)
    }

    @Test func differentCountsInOneStatementAreANumberDiscrepancy() throws {
        let number = try #require(report.discrepancies.first { $0.kind == .number })
        #expect(number.values.count == 2)
        #expect(number.values.map(\.value).contains { $0.hasPrefix("40") })
        #expect(number.values.first { $0.value.hasPrefix("45") }?.articles == ["gazette"])
    }

    @Test func quoteVariantsAreGroupedUnderTheSpeaker() throws {
        let quote = try #require(report.quotes.first { $0.variants.count >= 2 })
        #expect(quote.speaker == "Maria Kessler")
        #expect(Set(quote.variants.flatMap(\.articles)) == ["wire", "daily", "gazette"])
        #expect(quote.variants.dropFirst().allSatisfy { !$0.diff.isEmpty })
    }

    @Test func entitiesNameThePeopleWithTheirSources() throws {
        let kessler = try #require(report.entities.first { $0.name == "Maria Kessler" })
        #expect(kessler.kind == "person")
        #expect(kessler.articles == ["wire", "daily", "gazette"])
    }

    @Test func timelineResolvesRelativeDatesOfUndatedSourcesAgainstTheStory() throws {
        let rally = try #require(report.timeline.first { $0.date == "2023-03-06" })
        #expect(Set(rally.articles) == ["wire", "daily", "gazette"])
        #expect(!rally.conflicting)
    }

    @Test func oneSourceStoryStillGetsQuotesEntitiesTimelineAndSummary() {
        let single = StoryAnalyzer().analyze(storyID: "one", articles: [HarborStoryFixture.wire])
        #expect(!single.quotes.isEmpty)
        #expect(!single.entities.isEmpty)
        #expect(!single.timeline.isEmpty)
        #expect(!single.summary.isEmpty)
        #expect(single.common.isEmpty && single.unique.isEmpty)
    }
}

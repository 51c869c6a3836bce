import Foundation
import StorylineAnalysis
import StorylineReports
import StorylineTestSupport
import Testing

@Suite("JSONReport and docs/analysis.schema.json")
struct JSONReportTests {
    /// `docs/analysis.schema.json`, found from this file: Tests/StorylineReportsTests/ → package root.
    static func schema() throws -> SchemaValidator {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/analysis.schema.json"), encoding: .utf8)
        return try SchemaValidator(schemaJSON: text)
    }

    @Test func sampleReportValidatesAgainstTheSchema() throws {
        let json = try JSONReport.render(SampleReport.report)
        let violations = try Self.schema().validate(json: json)
        #expect(violations == [], "\(violations)")
    }

    @Test func analyzerOutputValidatesAgainstTheSchema() throws {
        let report = AnalysisReport(stories: [
            StoryAnalyzer().analyze(storyID: "harbor", articles: HarborStoryFixture.articles),
            StoryAnalyzer().analyze(storyID: "one", articles: [HarborStoryFixture.gazette]),
        ])
        #expect(!report.stories[0].discrepancies.isEmpty && !report.stories[0].quotes.isEmpty)
        let violations = try Self.schema().validate(json: try JSONReport.render(report))
        #expect(violations == [], "\(violations)")
    }

    @Test func theParallelAnalysisPrintsExactlyAsTheSequentialOne() async throws {
        let articles = HarborStoryFixture.articles
        // In an async context the async overload is chosen; a plain function calls the synchronous one.
        func analyzedOnThisThread() -> StoryReport { StoryAnalyzer().analyze(storyID: "h", articles: articles) }
        let sequential = AnalysisReport(stories: [analyzedOnThisThread()])
        let parallel = AnalysisReport(stories: [await StoryAnalyzer().analyze(storyID: "h", articles: articles.reversed())])
        #expect(try JSONReport.render(parallel) == JSONReport.render(sequential))
    }

    @Test func reportsWithoutOptionalFieldsValidate() throws {
        let bare = ReportArticle(article: .init(id: "x", source: "stdin", text: "Text.", original: "Text."))
        for report in [
            AnalysisReport(stories: []), AnalysisReport(stories: [StoryReport(id: "s", title: "T", articles: [bare])]),
        ] {
            let json = try JSONReport.render(report)
            #expect(!json.contains("null"))
            #expect(try Self.schema().validate(json: json) == [])
        }
    }

    @Test func schemaCatchesABrokenReport() throws {
        var json = try JSONReport.render(SampleReport.report)
        json = json.replacingOccurrences(of: #""kind" : "name""#, with: #""kind" : "spelling""#)
        json = json.replacingOccurrences(of: #""paraphrase" : true"#, with: #""paraphrase" : "yes""#)
        let paths = try Self.schema().validate(json: json).map(\.path)
        #expect(paths == ["stories[0].discrepancies[1].kind", "stories[0].quotes[1].variants[0].paraphrase"])
    }

    @Test func everyPassageMatchesItsOffsets() throws {
        let story = SampleReport.story
        let texts = Dictionary(uniqueKeysWithValues: story.articles.map { ($0.id, Array($0.text.unicodeScalars)) })
        let passages =
            story.common.flatMap(\.passages) + story.timeline.flatMap(\.passages)
            + story.discrepancies.flatMap { $0.values.flatMap(\.evidence) }
            + story.quotes.flatMap { $0.variants.flatMap(\.passages) }
            + story.unique.map { Passage(article: $0.article, start: $0.start, end: $0.end, text: $0.text) }
        for passage in passages {
            let scalars = try #require(texts[passage.article])[passage.start..<passage.end]
            #expect(String(String.UnicodeScalarView(scalars)) == passage.text)
        }
    }
}

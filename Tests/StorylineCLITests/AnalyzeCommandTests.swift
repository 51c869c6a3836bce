import Foundation
import StorylineTestSupport
import Testing

/// `storyline analyze` on the bundled samples: the report a careful reader checks (issue 4's "done
/// when"), through the real executable and its JSON contract.
@Suite(.serialized) struct AnalyzeCommandTests {
    static func sampleReport() throws -> [String: Any] {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["analyze", "--format", "json"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let stories = try #require(document["stories"] as? [[String: Any]])
        #expect(stories.count == 1)
        return try #require(stories.first)
    }

    @Test func theSamplesFormOneStoryWithEverySectionTraceable() throws {
        let story = try Self.sampleReport()
        let articles = try #require(story["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        let texts = Dictionary(uniqueKeysWithValues: articles.map { ($0["id"] as! String, $0["text"] as! String) })

        // Every summary sentence is exactly the passage at its offsets.
        let summary = try #require(story["summary"] as? [[String: Any]])
        #expect(!summary.isEmpty && summary.count <= 7)
        for sentence in summary {
            let provenance = try #require((sentence["provenance"] as? [[String: Any]])?.first)
            let text = try #require(texts[provenance["article"] as! String])
            let scalars = Array(text.unicodeScalars)[(provenance["start"] as! Int)..<(provenance["end"] as! Int)]
            #expect(String(String.UnicodeScalarView(scalars)) == sentence["text"] as? String)
        }
    }

    @Test func theKeyQuoteIsGroupedWithItsOtherWordingsAndAttributed() throws {
        let story = try Self.sampleReport()
        let quotes = try #require(story["quotes"] as? [[String: Any]])
        let quote = try #require(quotes.first { quote in
            ((quote["variants"] as? [[String: Any]]) ?? []).contains { ($0["text"] as? String)?.contains("necessary") == true }
        })
        #expect((quote["speaker"] as? String)?.hasSuffix("Rutte") == true)
        let variants = try #require(quote["variants"] as? [[String: Any]])
        #expect(variants.count >= 3)
        #expect(Set(variants.flatMap { $0["articles"] as! [String] }).count >= 4)
        #expect(variants.contains { $0["paraphrase"] as? Bool == true })
    }

    @Test func theInterviewDateAndTheMissionNameAreDiscrepancies() throws {
        let story = try Self.sampleReport()
        let discrepancies = try #require(story["discrepancies"] as? [[String: Any]])
        let date = try #require(discrepancies.first { $0["kind"] as? String == "date" })
        let days = Set((date["values"] as! [[String: Any]]).map { $0["value"] as! String })
        #expect(days.contains("2024-10-13") && days.count >= 2)
        let name = try #require(discrepancies.first { $0["kind"] as? String == "name" })
        #expect((name["values"] as! [[String: Any]]).count == 2)
    }

    @Test func theSectionOnlyOneOutletCarriesIsUniqueToIt() throws {
        let story = try Self.sampleReport()
        let unique = try #require(story["unique"] as? [[String: Any]])
        let exercises = unique.filter { ($0["text"] as? String)?.contains("nuclear exercises") == true }
        #expect(exercises.count == 1)
    }

    @Test func boilerplateIsShownAsRemovedNeverAsContent() throws {
        let story = try Self.sampleReport()
        let articles = try #require(story["articles"] as? [[String: Any]])
        let reasons = Set(articles.flatMap { ($0["removed"] as! [[String: Any]]).map { $0["reason"] as! String } })
        #expect(reasons.isSuperset(of: ["donation-appeal", "related-links", "translation-notice"]))
        // Titles and captions may repeat body words; appeals, link blocks and notices must not show up.
        let boilerplate: Set<String> = ["donation-appeal", "related-links", "translation-notice", "seo-keywords", "teaser"]
        let removed = articles.flatMap { ($0["removed"] as! [[String: Any]]) }
            .filter { boilerplate.contains($0["reason"] as! String) }.map { $0["text"] as! String }
            .filter { $0.count > 20 }
        let content = try JSONSerialization.data(withJSONObject: [story["common"], story["unique"], story["summary"], story["quotes"]])
        let contentText = String(decoding: content, as: UTF8.self)
        for text in removed {
            let opening = String(text.prefix(40))
            #expect(!contentText.contains(opening), "removed text shown as content: \(opening)")
        }
    }

    @Test func everyFormatRenders() throws {
        let folder = try TemporaryFolder()
        for format in ["text", "markdown", "html"] {
            let result = try CLIRunner.run(["analyze", "--format", format], in: folder.url)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("donation-appeal"), "\(format) hides the removed boilerplate")
        }
    }

    @Test func storyShowPrintsTheSameAnalysisForAStoredStory() throws {
        let folder = try TemporaryFolder()
        #expect(try CLIRunner.run(["ingest"], in: folder.url).status == 0)
        let stories = try JSONLines.objects(try CLIRunner.run(["stories", "--format", "jsonl"], in: folder.url).stdout)
        let id = try #require(stories.first?["id"] as? String)
        let shown = try CLIRunner.run(["story", id, "--format", "json"], in: folder.url)
        #expect(shown.status == 0, "\(shown.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let story = try #require((document["stories"] as? [[String: Any]])?.first)
        #expect(story["id"] as? String == id)
        #expect((story["articles"] as? [Any])?.count == 5)
        #expect(!((story["discrepancies"] as? [Any]) ?? []).isEmpty)
    }
}

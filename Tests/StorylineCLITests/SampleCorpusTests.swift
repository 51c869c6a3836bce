import Foundation
import StorylineTestSupport
import Testing

/// The README's main job on the bundled sample corpus, through the real executable.
@Suite(.serialized) struct SampleCorpusTests {
    @Test func ingestThenListShowsTheFiveSamplesWithTitlesDatesAndLanguage() throws {
        let folder = try TemporaryFolder()
        let ingest = try CLIRunner.run(["ingest"], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("5 new articles"))
        let list = try CLIRunner.run(["articles", "--format", "jsonl"], in: folder.url)
        let articles = try JSONLines.objects(list.stdout)
        #expect(articles.count == 5)
        for article in articles {
            #expect(!((article["title"] as? String) ?? "").isEmpty)
            #expect(article["language"] as? String == "en")
        }
        let dated = articles.compactMap { $0["published"] as? String }.filter { $0.hasPrefix("2024-10-15") }
        #expect(dated.count >= 3)
        // The table form names every article too.
        let table = try CLIRunner.run(["articles"], in: folder.url)
        #expect(table.stdout.split(separator: "\n").count == 6)
    }

    @Test func theDonationAppealIsRemovedAndShownWithItsReason() throws {
        let folder = try TemporaryFolder()
        _ = try CLIRunner.run(["ingest"], in: folder.url)
        let list = try JSONLines.objects(try CLIRunner.run(["articles", "--format", "jsonl"], in: folder.url).stdout)
        var appealsFound = 0
        for summary in list {
            let id = try #require(summary["id"] as? String)
            let shown = try CLIRunner.run(["article", id, "--format", "json"], in: folder.url)
            let article = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            let removed = try #require(article["removed"] as? [[String: Any]])
            let appeals = removed.filter { $0["reason"] as? String == "donation-appeal" }
            for appeal in appeals {
                appealsFound += 1
                let text = try #require(appeal["text"] as? String)
                #expect(!(article["text"] as! String).contains(text))
            }
        }
        #expect(appealsFound >= 1)
    }

    @Test func extractWithoutAStorePrintsOneJSONObjectPerArticleWithItsFile() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["extract", "--format", "jsonl"], in: folder.url)
        #expect(result.status == 0)
        let articles = try JSONLines.objects(result.stdout)
        #expect(articles.count == 5)
        #expect(articles.allSatisfy { ($0["file"] as? String)?.hasSuffix(".txt") == true })
        #expect(!FileManager.default.fileExists(atPath: folder.path("storyline.sqlite")))
    }
}

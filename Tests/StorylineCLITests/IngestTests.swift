import Foundation
import StorylineStore
import StorylineTestSupport
import Testing

@Suite(.serialized) struct IngestTests {
    private var wire: String { CLIRunner.fixtures.appendingPathComponent("wire.jsonl").path }
    private var page: String { CLIRunner.fixtures.appendingPathComponent("page.html").path }

    @Test func ingestingTheSameInputsTwiceStoresEachArticleOnce() async throws {
        let folder = try TemporaryFolder()
        let first = try CLIRunner.run(["ingest", wire, page, "--db", "x.sqlite"], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CLIRunner.run(["ingest", wire, page, "--db", "x.sqlite"], in: folder.url)
        #expect(second.stderr.contains("0 new articles, 4 already stored"), "\(second.stderr)")
        #expect(try await ArticleStore(path: folder.path("x.sqlite")).articleCount() == 4)
    }

    @Test func theStorePathComesFromTheEnvironmentWhenNoOptionIsGiven() async throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["ingest", wire], in: folder.url, environment: ["STORYLINE_DB": "env.sqlite"])
        #expect(result.status == 0)
        #expect(try await ArticleStore(path: folder.path("env.sqlite")).articleCount() == 3)
    }

    @Test func readsStandardInput() throws {
        let folder = try TemporaryFolder()
        let text = "Flood waters rise in the valley\n\nHeavy rain on Sunday flooded roads across the valley, police said."
        let result = try CLIRunner.run(["extract", "-", "--format", "jsonl"], in: folder.url, stdin: Data(text.utf8))
        let articles = try JSONLines.objects(result.stdout)
        #expect(articles.count == 1)
        #expect(articles.first?["title"] as? String == "Flood waters rise in the valley")
        #expect(articles.first?["file"] as? String == "-")
    }

    @Test func extractKeepsJSONLinesIdsAndExtraFields() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["extract", wire, "--format", "jsonl"], in: folder.url)
        let articles = try JSONLines.objects(result.stdout)
        #expect(articles.map { $0["id"] as? String } == ["w1", "w2", "3"])
        #expect(articles.map { ($0["extra"] as? [String: String])?["story"] } == ["quake", "quake", "budget"])
        #expect(articles[2]["language"] as? String == "de")
    }

    @Test func extractReadsAnHTMLPage() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["extract", page, "--format", "jsonl"], in: folder.url)
        let article = try #require(try JSONLines.objects(result.stdout).first)
        #expect(article["title"] as? String == "Council approves new bridge")
        #expect(article["outlet"] as? String == "Riverside Herald")
        #expect((article["published"] as? String)?.hasPrefix("2024-05-02") == true)
        let text = try #require(article["text"] as? String)
        #expect(text.contains("pedestrian bridge"))
        #expect(!text.contains("Road works"))
    }

    @Test func explainTracesWhereATextSitsAndWhatWasCut() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(
            ["extract", page, "--explain", "--trace", "pedestrian bridge", "--trace", "Road works"], in: folder.url)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // The article's text sits inside the chosen element; the sidebar's was cut as boilerplate.
        let bridge = try #require(lines.firstIndex { $0.hasPrefix("-- trace: pedestrian bridge") })
        let roadWorks = try #require(lines.firstIndex { $0.hasPrefix("-- trace: Road works") })
        #expect(lines[bridge..<roadWorks].contains { $0.hasSuffix("CHOSEN") })
        #expect(lines[roadWorks...].contains { $0.contains("REMOVED (") })
        #expect(lines.contains { $0.hasPrefix("method: ") })
    }
}

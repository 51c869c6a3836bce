import Foundation
import StorylineStore
import StorylineTestSupport
import Testing

/// An ingest killed with SIGKILL keeps every batch it committed; running it again completes the work.
@Suite(.serialized) struct KillNineTests {
    static let articleCount = 6_000

    /// A JSON Lines corpus of distinct articles, large enough that ingest takes a while.
    static func writeCorpus(to url: URL) throws {
        let topics = ["harbour", "railway", "election", "hospital", "festival", "drought", "bridge", "school"]
        var lines: [String] = []
        for index in 0..<articleCount {
            let topic = topics[index % topics.count]
            let text = (0..<12).map { sentence in
                "Report \(index) on the \(topic) says item \(sentence * 7 + index) changed on day \(sentence + 1)."
            }.joined(separator: " ")
            lines.append(
                "{\"id\": \"k\(index)\", \"title\": \"The \(topic) report number \(index)\", \"published\": \"2024-01-01\", "
                    + "\"language\": \"en\", \"text\": \"\(text)\"}")
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
    }

    @Test func killedIngestLosesNothingCommittedAndARerunCompletesIt() async throws {
        let folder = try TemporaryFolder()
        try Self.writeCorpus(to: folder.url.appendingPathComponent("corpus.jsonl"))
        let arguments = ["ingest", "corpus.jsonl", "--db", "k.sqlite", "--batch-size", "100"]
        let process = try CLIRunner.start(arguments, in: folder.url)
        let dbPath = folder.path("k.sqlite")
        // Wait until some batches are committed, then kill the process hard.
        let deadline = Date().addingTimeInterval(120)
        var committed = 0
        while Date() < deadline, process.isRunning {
            if FileManager.default.fileExists(atPath: dbPath),
                let count = try? await ArticleStore(path: dbPath).articleCount(), count >= 300
            {
                committed = count
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(committed >= 300)
        let afterKill = try await ArticleStore(path: dbPath).articleCount()
        #expect(afterKill >= committed)
        if killedMidway {
            // Only whole batches are ever visible.
            #expect(afterKill % 100 == 0)
            #expect(afterKill < Self.articleCount)
        }
        let rerun = try CLIRunner.run(arguments, in: folder.url)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("\(Self.articleCount - afterKill) new articles, \(afterKill) already stored"))
        let store = try ArticleStore(path: dbPath)
        #expect(try await store.articleCount() == Self.articleCount)
        let ids = Set(try await store.articleSummaries().map(\.id))
        #expect(ids.count == Self.articleCount)
    }
}

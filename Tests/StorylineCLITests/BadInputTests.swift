import Foundation
import StorylineStore
import StorylineTestSupport
import Testing

/// Every kind of bad input gets one line naming the file (and line); the rest of the batch is stored.
@Suite(.serialized) struct BadInputTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var expected: String
        var description: String { name }
    }

    static let good = Array("Bridge opens after two years\n\nThe new bridge opened on Friday, the mayor said.".utf8)

    static let cases: [Case] = [
        Case(name: "latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" au lait sur la place.".utf8),
             expected: "latin1.txt:1: not valid UTF-8"),
        Case(name: "empty.txt", bytes: [], expected: "empty.txt: input is empty"),
        Case(name: "blank.txt", bytes: Array("  \n\n \t\n".utf8), expected: "blank.txt: input is empty"),
        Case(name: "junk.txt", bytes: [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10, 0x80], expected: "junk.txt: looks like binary data"),
        Case(name: "bad.jsonl", bytes: Array("{\"text\": \"Fine line about a bridge.\"}\n{\"text\": oops}\n".utf8),
             expected: "bad.jsonl:2: malformed JSON"),
        Case(name: "field.jsonl", bytes: Array("{\"title\": 5, \"text\": \"Body text here.\"}\n".utf8),
             expected: "field.jsonl:1: field 'title': must be a string"),
        Case(name: "notext.jsonl", bytes: Array("{\"title\": \"Only a title\"}\n".utf8),
             expected: "notext.jsonl:1: field 'text': needs a non-empty 'text' or 'html'"),
        Case(name: "date.jsonl", bytes: Array("{\"published\": \"soon\", \"text\": \"Body text.\"}\n".utf8),
             expected: "date.jsonl:1: field 'published'"),
        Case(name: "broken.html.gz", bytes: [0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02], expected: "broken.html.gz: gzip data"),
    ]

    @Test(arguments: cases) func badInputIsReportedAndTheRestIsStored(_ bad: Case) async throws {
        let folder = try TemporaryFolder()
        try Data(bad.bytes).write(to: folder.url.appendingPathComponent(bad.name))
        try Data(Self.good).write(to: folder.url.appendingPathComponent("good.txt"))
        let result = try CLIRunner.run(["ingest", bad.name, "good.txt"], in: folder.url)
        #expect(result.status == 1)
        let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errorLines.count == 1, "\(result.stderr)")
        #expect(errorLines.first?.contains(bad.expected) == true, "\(result.stderr)")
        let store = try ArticleStore(path: folder.path("storyline.sqlite"))
        let titles = try await store.articleSummaries().compactMap(\.title)
        #expect(titles.contains("Bridge opens after two years"))
    }

    @Test func aFileOverTheSizeLimitIsRefused() throws {
        let folder = try TemporaryFolder()
        try Data(repeating: UInt8(ascii: "a"), count: 200_000).write(to: folder.url.appendingPathComponent("big.txt"))
        let result = try CLIRunner.run(["extract", "big.txt", "--max-size", "0.1"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("big.txt: input is 200000 bytes, over the limit"))
    }

    @Test func aMissingPathIsReported() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["extract", "nowhere.txt"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("nowhere.txt: no such file or folder"))
    }

    @Test func anUnreadableFileIsReported() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("secret.txt")
        try Data(Self.good).write(to: URL(fileURLWithPath: path))
        chmod(path, 0)
        chmod(folder.url.path, 0o755)
        // Root reads every file whatever its mode, so as root run the command as `nobody`.
        let result = try CLIRunner.run(["extract", "secret.txt"], in: folder.url, asUnprivilegedUser: getuid() == 0)
        #expect(result.status == 1)
        #expect(result.stderr.contains("secret.txt: cannot read file"))
    }

    @Test func aStoreFileThatIsNotADatabaseIsLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let junk = Data(repeating: 0x42, count: 8192)
        try junk.write(to: folder.url.appendingPathComponent("storyline.sqlite"))
        try Data(Self.good).write(to: folder.url.appendingPathComponent("good.txt"))
        let result = try CLIRunner.run(["ingest", "good.txt"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("storyline.sqlite"))
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("storyline.sqlite")) == junk)
    }
}

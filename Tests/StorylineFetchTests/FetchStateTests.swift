import Foundation
import StorylineFetch
import StorylineTestSupport
import Testing

@Suite struct FetchStateTests {
    @Test func stateSurvivesASaveAndLoad() throws {
        let folder = try TemporaryFolder()
        let file = FetchStateFile.beside(store: folder.path("s.sqlite"))
        #expect(file.path == folder.path("s.sqlite.fetch-state.json"))
        #expect(try file.load() == FetchState())
        var state = FetchState()
        state.validators["https://example.com/feed"] = HTTPValidators(
            etag: "\"abc\"", lastModified: "Tue, 15 Oct 2024 12:00:00 GMT")
        state.markSeen(["a", "b", "a"], in: "https://example.com/feed")
        try file.save(state)
        #expect(try file.load() == state)
        #expect(state.seenEntries["https://example.com/feed"] == ["a", "b"])
        // Nothing is left beside the file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["s.sqlite.fetch-state.json"])
    }

    @Test func aCorruptStateFileIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state.json")
        try Data("{\"version\": 1, \"validators\": ".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: FetchError.self) { try FetchStateFile(path: path).load() }
        #expect(error?.code == .stateUnreadable)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"version\": 1, \"validators\": ")
    }

    @Test func seenEntriesKeepTheNewest() {
        var state = FetchState()
        let keys = (0..<(FetchState.seenEntriesPerFeed + 10)).map { "id\($0)" }
        state.markSeen(keys, in: "f")
        #expect(state.seenEntries["f"]?.count == FetchState.seenEntriesPerFeed)
        #expect(state.seenKeys(of: "f").contains("id\(keys.count - 1)"))
        #expect(!state.seenKeys(of: "f").contains("id0"))
    }

    @Test func anUnwritableFolderIsAClearError() {
        let file = FetchStateFile(path: "/nonexistent-folder/state.json")
        let error = #expect(throws: FetchError.self) { try file.save(FetchState()) }
        #expect(error?.code == .stateNotWritable)
    }
}

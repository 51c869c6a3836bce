import Foundation
import StorylineCore
import StorylineTestSupport
import Testing

@testable import StorylineStore

struct ArticleStoreTests {
    private func article(_ id: String, published: String? = "2024-10-15", removed: [RemovedSegment] = []) -> Article {
        Article(
            id: id, source: "/tmp/\(id).txt", title: "Title \(id)", outlet: "Outlet",
            published: published.flatMap { PublicationDate(iso8601: $0) }, language: "en",
            text: "Body of \(id).", removed: removed, original: "Body of \(id). Donate now!")
    }

    @Test func storesAndReadsBackAnArticleWithItsRemovedSegments() async throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.path("s.sqlite"))
        let segment = RemovedSegment(text: "Donate now!", reason: .donationAppeal, start: 14, end: 25)
        let summary = try await store.insert([article("a1", removed: [segment])])
        #expect(summary == InsertSummary(inserted: 1, alreadyStored: 0))
        let loaded = try #require(try await store.article(id: "a1"))
        #expect(loaded == article("a1", removed: [segment]))
    }

    @Test func insertingTheSameArticlesTwiceStoresThemOnce() async throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.path("s.sqlite"))
        let batch = [article("a1"), article("a2"), article("a2")]
        let first = try await store.insert(batch)
        let second = try await store.insert(batch)
        #expect(first == InsertSummary(inserted: 2, alreadyStored: 1))
        #expect(second == InsertSummary(inserted: 0, alreadyStored: 3))
        #expect(try await store.articleCount() == 2)
    }

    @Test func aDifferentArticleWithATakenIdIsStoredUnderADerivedId() async throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.path("s.sqlite"))
        var other = article("dup")
        other.text = "A different body."
        let first = try await store.insert([article("dup"), other])
        #expect(first.inserted == 2)
        let renamed = try #require(first.renamed.first)
        #expect(renamed.givenID == "dup" && renamed.storedID.hasPrefix("dup~"))
        #expect(try await store.article(id: renamed.storedID)?.text == "A different body.")
        #expect(try await store.article(id: "dup")?.text == "Body of dup.")
        // Ingesting both again changes nothing.
        let second = try await store.insert([article("dup"), other])
        #expect(second == InsertSummary(inserted: 0, alreadyStored: 2))
    }

    @Test func reopeningKeepsWhatWasStored() async throws {
        let folder = try TemporaryFolder()
        _ = try await ArticleStore(path: folder.path("s.sqlite")).insert([article("a1")])
        let reopened = try ArticleStore(path: folder.path("s.sqlite"))
        #expect(try await reopened.articleCount() == 1)
    }

    @Test func listsArticlesInPublicationOrderWithUndatedLast() async throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.path("s.sqlite"))
        _ = try await store.insert([
            article("late", published: "2024-10-16"), article("undated", published: nil),
            article("early", published: "2024-10-14T08:00:00+02:00"),
        ])
        let ids = try await store.articleSummaries().map(\.id)
        #expect(ids == ["early", "late", "undated"])
        #expect(try await store.articleSummaries(limit: 1, offset: 1).map(\.id) == ["late"])
    }

    @Test func findsAnArticleByAUniqueIdPrefixAndRejectsAnAmbiguousOne() async throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.path("s.sqlite"))
        _ = try await store.insert([article("abc1"), article("abd2")])
        #expect(try await store.article(id: "abc")?.id == "abc1")
        #expect(try await store.article(id: "zzz") == nil)
        await #expect(throws: StoreError.self) { try await store.article(id: "ab") }
    }

    @Test func refusesAFileThatIsNotAStore() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("not-a-db.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try ArticleStore(path: path) }
        // The file is left as it was: nothing stored is ever overwritten.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(repeating: 0x41, count: 4096))
    }
}

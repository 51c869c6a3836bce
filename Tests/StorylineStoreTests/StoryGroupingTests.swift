import Foundation
import StorylineCore
import StorylineGrouping
import StorylineTestSupport
import Testing

@testable import StorylineStore

struct StoryGroupingTests {
    private func storeWith(_ fixtures: [EventFixture], in folder: TemporaryFolder) async throws -> ArticleStore {
        try await storeWith(articles: fixtures.map(\.article), in: folder)
    }

    private func storeWith(articles: [Article], in folder: TemporaryFolder) async throws -> ArticleStore {
        let store = try ArticleStore(path: folder.path("s.sqlite"))
        _ = try await store.insert(articles)
        _ = try await groupPending(store)
        return store
    }

    private func groupPending(_ store: ArticleStore) async throws -> GroupingSummary {
        try await StoryGroupingUpdater().groupPending(in: store)
    }

    private func storyOf(_ id: String, _ store: ArticleStore) async throws -> String {
        for summary in try await store.storySummaries() {
            let detail = try await store.story(id: summary.id)
            if detail?.members.contains(where: { $0.article.id == id }) == true { return summary.id }
        }
        Issue.record("article \(id) is in no story")
        return ""
    }

    @Test func ingestPlacesEveryArticleInTheRightStory() async throws {
        let folder = try TemporaryFolder()
        let fixtures = try EventFixture.load()
        let store = try await storeWith(fixtures, in: folder)
        #expect(try await store.storySummaries().count == 4)
        #expect(try await store.ungroupedArticles(limit: 10).isEmpty)
        for fixture in fixtures {
            let story = try await storyOf(fixture.id, store)
            for other in fixtures where other.story == fixture.story {
                #expect(try await storyOf(other.id, store) == story)
            }
        }
    }

    @Test func articlesArrivingLaterJoinStoredStoriesIncrementally() async throws {
        let folder = try TemporaryFolder()
        let fixtures = try EventFixture.load()
        let store = try await storeWith(fixtures.filter { !$0.id.hasSuffix("-3") && !$0.id.hasSuffix("-2") }, in: folder)
        #expect(try await store.storySummaries().count == 4)
        _ = try await store.insert(fixtures.filter { $0.id.hasSuffix("-2") || $0.id.hasSuffix("-3") }.map(\.article))
        let summary = try await groupPending(store)
        #expect(summary.newStories == 0)
        #expect(try await store.storySummaries().count == 4)
        let joined = try #require(try await store.story(id: try await storyOf("quake-tr-3", store)))
        let evidence = try #require(joined.members.first { $0.article.id == "quake-tr-3" }?.evidence)
        #expect(evidence.closestArticle.hasPrefix("quake-tr"))
    }

    @Test func aSplitSurvivesLaterIngestsAndIsNeverMergedBack() async throws {
        let folder = try TemporaryFolder()
        let fixtures = try EventFixture.load().filter { $0.story == "quake-tr" }
        let store = try await storeWith(Array(fixtures.prefix(2)), in: folder)
        let story = try await storyOf("quake-tr-1", store)
        let newStory = try await store.splitStory(story, articles: ["quake-tr-2"])
        #expect(try await storyOf("quake-tr-2", store) == newStory)
        // A third report of the same quake arrives: it joins one of the two, and the split stays.
        _ = try await store.insert([fixtures[2].article])
        _ = try await groupPending(store)
        #expect(try await storyOf("quake-tr-1", store) == story)
        #expect(try await storyOf("quake-tr-2", store) == newStory)
        #expect(try await store.keptApartPairs() == [[story, newStory].sorted()])
        // Ingesting the same articles again changes nothing.
        #expect(try await store.insert(fixtures.map(\.article)).inserted == 0)
        _ = try await groupPending(store)
        #expect(try await storyOf("quake-tr-2", store) == newStory)
    }

    @Test func aMergeSurvivesLaterIngests() async throws {
        let folder = try TemporaryFolder()
        let fixtures = try EventFixture.load()
        let store = try await storeWith(fixtures.filter { $0.story.hasPrefix("rehab") && !$0.id.hasSuffix("-2") }, in: folder)
        let actor = try await storyOf("rehab-dm-1", store)
        let singer = try await storyOf("rehab-lf-1", store)
        #expect(actor != singer)
        let (kept, absorbed) = try await store.mergeStories(actor, singer)
        #expect(kept == actor && absorbed == singer)
        _ = try await store.insert(fixtures.filter { $0.story.hasPrefix("rehab") }.map(\.article))
        _ = try await groupPending(store)
        let merged = try #require(try await store.story(id: actor))
        #expect(Set(merged.members.map(\.article.id)) == ["rehab-dm-1", "rehab-dm-2", "rehab-lf-1", "rehab-lf-2"])
        #expect(merged.mergedFrom == [singer])
        // The absorbed id still leads to the merged story.
        #expect(try await store.story(id: singer)?.summary.id == actor)
    }

    @Test func manualFixesRejectBadRequests() async throws {
        let folder = try TemporaryFolder()
        let store = try await storeWith(try EventFixture.load(), in: folder)
        let story = try await storyOf("quake-tr-1", store)
        await #expect(throws: StoreError.self) { try await store.mergeStories(story, story) }
        await #expect(throws: StoreError.self) { try await store.mergeStories(story, "nosuchstory") }
        await #expect(throws: StoreError.self) { try await store.splitStory(story, articles: ["rehab-dm-1"]) }
        await #expect(throws: StoreError.self) { try await store.splitStory(story, articles: []) }
        await #expect(throws: StoreError.self) {
            try await store.splitStory(story, articles: ["quake-tr-1", "quake-tr-2", "quake-tr-3"])
        }
    }

    @Test func copiesAreLinkedToTheArticleTheyCopy() async throws {
        let folder = try TemporaryFolder()
        let fixtures = try EventFixture.load()
        var copy = fixtures[0].article
        copy.id = "copy-of-quake"
        copy.published = PublicationDate(iso8601: "2023-02-06T09:00:00Z")
        copy.text = fixtures[0].text + " This report was first published by a news agency."
        let store = try await storeWith(articles: fixtures.map(\.article) + [copy], in: folder)
        let groups = try await store.duplicateGroups()
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group.origin == fixtures[0].id)
        #expect(group.links.last?.article == "copy-of-quake")
        #expect(group.links.last?.kind == .near)
    }
}


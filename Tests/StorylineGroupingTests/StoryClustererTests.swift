import Foundation
import StorylineTestSupport
import Testing

@testable import StorylineGrouping

struct StoryClustererTests {
    /// Articles share a predicted story exactly when they share a gold story.
    private func expectGoldPartition(_ fixtures: [EventFixture], _ assignments: [StoryAssignment]) {
        for i in fixtures.indices {
            for j in fixtures.indices where i < j {
                let together = assignments[i].story == assignments[j].story
                #expect(together == (fixtures[i].story == fixtures[j].story), "\(fixtures[i].id) / \(fixtures[j].id)")
            }
        }
    }

    @Test func sameTopicDifferentEventsStayApartAndEachEventIsOneStory() throws {
        let fixtures = try EventFixture.load()
        expectGoldPartition(fixtures, EventFixture.cluster(fixtures))
    }

    @Test func parallelClusteringAssignsExactlyAsSequential() async throws {
        let fixtures = try EventFixture.load()
        var clusterer = CollectionClusterer()
        let extractor = TermExtractor()
        for fixture in fixtures {
            clusterer.add(id: fixture.id, terms: extractor.terms(title: fixture.title, text: fixture.text), time: fixture.time)
        }
        let parallel = await clusterer.clusterInParallel(withEvidence: true)
        #expect(parallel == clusterer.cluster(withEvidence: true))
    }

    @Test func theResultDoesNotDependOnInputOrder() throws {
        let fixtures = try EventFixture.load()
        let reversed = Array(fixtures.reversed())
        expectGoldPartition(reversed, EventFixture.cluster(reversed))
    }

    @Test func everyJoinCarriesEvidenceNamingTheClosestArticleAndSharedNames() throws {
        let fixtures = try EventFixture.load()
        let assignments = EventFixture.cluster(fixtures)
        let byID = Dictionary(uniqueKeysWithValues: zip(fixtures.map(\.id), assignments))
        let second = try #require(byID["quake-tr-2"]?.evidence)
        #expect(second.closestArticle == "quake-tr-1")
        #expect(second.score >= StoryConfiguration().joinThreshold)
        #expect(second.sharedNames.contains("Malatya"))
        #expect(byID["quake-tr-1"]?.evidence == nil)
    }

    @Test func theSameEventOutsideTheTimeWindowStartsANewStory() throws {
        var fixtures = try EventFixture.load().filter { $0.story == "quake-tr" }
        fixtures[2].time += 10 * 86_400
        let assignments = EventFixture.cluster(fixtures)
        #expect(assignments[0].story == assignments[1].story)
        #expect(assignments[2].story != assignments[0].story)
        var wide = StoryConfiguration()
        wide.windowSeconds = 14 * 86_400
        let widened = EventFixture.cluster(fixtures, configuration: wide)
        #expect(Set(widened.map(\.story)).count == 1)
    }

    @Test func storiesLeaveTheActiveIndexWhenTheWindowHasPassed() throws {
        let fixtures = try EventFixture.load()
        var frequencies = DocumentFrequencies()
        let extractor = TermExtractor()
        let terms = fixtures.map { extractor.terms(title: $0.title, text: $0.text) }
        for articleTerms in terms { frequencies.add(articleTerms) }
        var clusterer = StoryClusterer(frequencies: frequencies)
        for (fixture, articleTerms) in zip(fixtures, terms) {
            _ = clusterer.add(.init(id: fixture.id, terms: articleTerms, time: fixture.time))
        }
        // The earthquakes (6–9 February) left the index when the rehab stories (1–3 March) arrived.
        #expect(clusterer.activeStoryCount == 2)
        // A month later every earlier story has expired.
        let late = StoryClusterer.Article(id: "late", terms: terms[0], time: fixtures.last!.time + 30 * 86_400)
        let assignment = clusterer.add(late)
        #expect(assignment.evidence == nil)
        #expect(clusterer.activeStoryCount == 1)
    }

    @Test func storiesKeptApartByAManualSplitAreNeverMerged() throws {
        let fixtures = try EventFixture.load().filter { $0.story == "quake-tr" }
        var frequencies = DocumentFrequencies(priorDocuments: 50)
        let extractor = TermExtractor()
        let terms = fixtures.map { extractor.terms(title: $0.title, text: $0.text) }
        for articleTerms in terms { frequencies.add(articleTerms) }
        var clusterer = StoryClusterer(frequencies: frequencies)
        clusterer.restore(story: "first", articles: [.init(id: fixtures[0].id, terms: terms[0], time: fixtures[0].time)])
        clusterer.restore(story: "second", articles: [.init(id: fixtures[1].id, terms: terms[1], time: fixtures[1].time)])
        clusterer.keptApart = [["first", "second"]]
        _ = clusterer.add(.init(id: fixtures[2].id, terms: terms[2], time: fixtures[2].time))
        #expect(clusterer.merges.isEmpty)
        #expect(clusterer.activeStoryCount == 2)
    }

    @Test func convergingStoriesMerge() throws {
        let fixtures = try EventFixture.load().filter { $0.story == "quake-tr" }
        var frequencies = DocumentFrequencies(priorDocuments: 50)
        let extractor = TermExtractor()
        let terms = fixtures.map { extractor.terms(title: $0.title, text: $0.text) }
        for articleTerms in terms { frequencies.add(articleTerms) }
        var configuration = StoryConfiguration()
        configuration.mergeThreshold = 0.2
        var clusterer = StoryClusterer(configuration: configuration, frequencies: frequencies)
        clusterer.restore(story: "first", articles: [.init(id: fixtures[0].id, terms: terms[0], time: fixtures[0].time)])
        clusterer.restore(story: "second", articles: [.init(id: fixtures[1].id, terms: terms[1], time: fixtures[1].time)])
        _ = clusterer.add(.init(id: fixtures[2].id, terms: terms[2], time: fixtures[2].time))
        #expect(clusterer.merges.map(\.kept) == ["first"])
        #expect(clusterer.merges.map(\.absorbed) == ["second"])
        #expect(clusterer.activeStoryCount == 1)
    }

    @Test(arguments: [
        { (c: inout StoryConfiguration) in c.joinThreshold = 0 },
        { (c: inout StoryConfiguration) in c.joinThreshold = 1.5 },
        { (c: inout StoryConfiguration) in c.windowSeconds = 60 },
        { (c: inout StoryConfiguration) in c.mergeThreshold = 0 },
        { (c: inout StoryConfiguration) in c.candidateTerms = 0 },
        { (c: inout StoryConfiguration) in c.priorDocuments = -1 },
        { (c: inout StoryConfiguration) in c.joinThreshold = .nan },
    ] as [@Sendable (inout StoryConfiguration) -> Void])
    func badConfigurationValuesAreReported(_ spoil: @Sendable (inout StoryConfiguration) -> Void) {
        var configuration = StoryConfiguration()
        #expect(configuration.problems().isEmpty)
        spoil(&configuration)
        #expect(configuration.problems().count == 1)
    }
}

struct QuickselectTests {
    @Test func findsTheKthLargestValue() {
        let values: [Float] = [0.3, 0.9, 0.1, 0.5, 0.5, 0.7, 0.2]
        for k in 1...values.count {
            #expect(StoryClusterer.largest(k, of: values) == values.sorted(by: >)[k - 1])
        }
        var generator = SystemRandomNumberGenerator()
        let many = (0..<500).map { _ in Float.random(in: 0..<1, using: &generator) }
        #expect(StoryClusterer.largest(24, of: many) == many.sorted(by: >)[23])
    }
}

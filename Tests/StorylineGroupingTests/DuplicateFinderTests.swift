import StorylineTestSupport
import Testing

@testable import StorylineGrouping

struct DuplicateFinderTests {
    static let wire = """
        The central bank raised its main interest rate by half a percentage point on Thursday, the largest \
        increase in two decades, saying inflation had spread from energy to food, rents and services. \
        Governor Elena Marsh told reporters the bank was ready to act again in June if prices kept climbing. \
        Markets had expected a smaller move, and the currency rose one percent against the dollar after the \
        announcement. Economists said mortgage holders would feel the increase within weeks, while savers \
        would see higher returns on deposits. The decision was taken by seven votes to two, with both \
        dissenters arguing for a quarter point.
        """

    private func item(_ id: String, _ text: String, _ time: Int?) -> DuplicateFinder.Item {
        DuplicateFinder.Item(id: id, text: text, time: time)
    }

    @Test func findsExactNearAndRewrittenCopiesAndOrdersTheChainFromTheOrigin() throws {
        let exact = Self.wire.uppercased().replacingOccurrences(of: ",", with: " ,")
        let near = Self.wire.replacingOccurrences(of: "seven votes to two", with: "a majority")
        let half = Self.wire.split(separator: ".").prefix(3).joined(separator: ".")
            + ". Shares in lenders climbed, and analysts at several banks revised their forecasts for the year."
        let unrelated = "A storm brought heavy snow to the northern mountains, closing three passes and cutting power to villages."
        let items = [
            item("near", near, 300), item("origin", Self.wire, 100), item("exact", exact, 200),
            item("rewrite", half, 400), item("other", unrelated, 150),
        ]
        let groups = DuplicateFinder().groups(in: items)
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group.origin == "origin")
        #expect(group.links.map(\.article) == ["origin", "exact", "near", "rewrite"])
        let byArticle = Dictionary(uniqueKeysWithValues: group.links.map { ($0.article, $0) })
        #expect(byArticle["exact"]?.kind == .exact)
        #expect(byArticle["exact"]?.derivedFrom == "origin")
        #expect(byArticle["near"]?.kind == .near)
        #expect(byArticle["rewrite"]?.kind == .rewrite)
        #expect(byArticle["origin"]?.derivedFrom == nil)
        #expect(group.kind == .exact)
        // Each copy derives from the most similar article published before it.
        for link in group.links.dropFirst() {
            #expect(link.similarity >= DuplicateConfiguration().rewriteThreshold)
            #expect(items.first { $0.id == link.derivedFrom }!.time! < items.first { $0.id == link.article }!.time!)
        }
    }

    @Test func unrelatedArticlesOnTheSameTopicAreNotDuplicates() throws {
        let fixtures = try EventFixture.load()
        let items = fixtures.map { item($0.id, $0.text, $0.time) }
        #expect(DuplicateFinder().groups(in: items).isEmpty)
    }

    @Test func exactJaccardOfSortedSets() {
        #expect(DuplicateFinder.jaccard([1, 2, 3, 4], [3, 4, 5, 6]) == 2.0 / 6.0)
        #expect(DuplicateFinder.jaccard([], []) == 0)
        #expect(DuplicateFinder.jaccard([7], [7]) == 1)
    }

    @Test(arguments: [
        { (c: inout DuplicateConfiguration) in c.permutations = 8 },
        { (c: inout DuplicateConfiguration) in c.shingleSize = 0 },
        { (c: inout DuplicateConfiguration) in c.rewriteThreshold = 0 },
        { (c: inout DuplicateConfiguration) in c.nearThreshold = 0.2 },
        { (c: inout DuplicateConfiguration) in c.nearThreshold = 1.2 },
    ] as [@Sendable (inout DuplicateConfiguration) -> Void])
    func badConfigurationValuesAreReported(_ spoil: @Sendable (inout DuplicateConfiguration) -> Void) {
        var configuration = DuplicateConfiguration()
        #expect(configuration.problems().isEmpty)
        spoil(&configuration)
        #expect(!configuration.problems().isEmpty)
    }
}

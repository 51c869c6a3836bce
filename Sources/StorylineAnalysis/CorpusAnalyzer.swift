import StorylineCore
import StorylineGrouping

/// Groups a set of articles into stories and analyses every story: the library call behind
/// `storyline analyze`.
///
/// Stories come from the same online clusterer the store uses (``CollectionClusterer``), copy chains
/// from ``DuplicateFinder``; stories are then analysed in parallel, one task per story.
public struct CorpusAnalyzer: Sendable {
    public var stories: StoryConfiguration
    public var analyzer: StoryAnalyzer

    public init(stories: StoryConfiguration = StoryConfiguration(), analyzer: StoryAnalyzer = StoryAnalyzer()) {
        self.stories = stories
        self.analyzer = analyzer
    }

    /// The articles grouped into stories: lists of indices into `articles`, largest story first.
    public func group(_ articles: [Article]) -> [[Int]] {
        var clusterer = CollectionClusterer(configuration: stories)
        let extractor = TermExtractor()
        for article in articles {
            clusterer.add(
                id: article.id, terms: extractor.terms(title: article.title, text: article.text),
                time: article.published?.secondsSinceEpoch)
        }
        var indexOfID: [String: Int] = [:]
        for (index, article) in articles.enumerated() where indexOfID[article.id] == nil { indexOfID[article.id] = index }
        var members: [String: [Int]] = [:]
        var order: [String] = []
        for assignment in clusterer.cluster() {
            guard let index = indexOfID[assignment.article] else { continue }
            if members[assignment.story] == nil { order.append(assignment.story) }
            members[assignment.story, default: []].append(index)
        }
        return order.map { members[$0]! }.enumerated()
            .sorted { $0.element.count > $1.element.count || ($0.element.count == $1.element.count && $0.offset < $1.offset) }
            .map(\.element)
    }

    /// Groups `articles` into stories and analyses each.
    public func analyze(_ articles: [Article]) async -> AnalysisReport {
        let groups = group(articles)
        let analyzer = analyzer
        // Small stories in parallel, one task each; a big story spreads its own articles instead.
        let small = groups.indices.filter { groups[$0].count < 8 }
        var reports = [StoryReport?](repeating: nil, count: groups.count)
        let smallReports = await ParallelMap.map(small, chunkSize: 1) { index in
            let storyArticles = groups[index].map { articles[$0] }
            return analyzer.analyze(
                storyID: Self.storyID(of: storyArticles), articles: storyArticles,
                duplicates: Self.duplicates(of: storyArticles))
        }
        for (index, report) in zip(small, smallReports) { reports[index] = report }
        for index in groups.indices where reports[index] == nil {
            let storyArticles = groups[index].map { articles[$0] }
            reports[index] = await analyzer.analyze(
                storyID: Self.storyID(of: storyArticles), articles: storyArticles,
                duplicates: Self.duplicates(of: storyArticles))
        }
        return AnalysisReport(stories: reports.map { $0! })
    }

    /// Copy chains among one story's articles.
    static func duplicates(of articles: [Article]) -> [DuplicateGroup] {
        DuplicateFinder().groups(
            in: articles.map { DuplicateFinder.Item(id: $0.id, text: $0.text, time: $0.published?.secondsSinceEpoch) })
    }

    /// A stable story id: a hash of the sorted article ids.
    static func storyID(of articles: [Article]) -> String {
        "s" + ArticleIdentity.hex(ArticleIdentity.fnv1a64(articles.map(\.id).sorted().joined(separator: "\n"))).prefix(12)
    }
}

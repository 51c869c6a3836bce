import StorylineCore
import StorylineExtract
import StorylineGrouping

/// Reads articles, clusters them into stories and keeps what the commands print: shared by
/// `cluster` and `eval clustering`. Only ids, a few metadata fields and compact terms stay in
/// memory, so a million articles fit.
struct StoryClusteringRun {
    /// What is kept of each input article.
    struct Item {
        var id: String
        var title: String?
        var outlet: String?
        var published: PublicationDate?
        var gold: String?
    }

    var items: [Item] = []
    var assignments: [StoryAssignment] = []
    var errors: [InputError] = []

    static func run(
        paths: [String], collector: InputCollector, configuration: StoryConfiguration, keepTitles: Bool
    ) async throws -> StoryClusteringRun {
        var result = StoryClusteringRun()
        var clusterer = CollectionClusterer(configuration: configuration)
        var stream = ArticleStream(extractor: ArticleExtractor(collector: collector), batchSize: 4000)
        stream.linesPerBlock = 4096
        let extractor = TermExtractor()
        await stream.run(paths: paths) { batch in
            result.errors += batch.errors
            let terms = await ParallelMap.map(batch.articles, chunkSize: 16) { item in
                extractor.terms(title: item.article.title, text: item.article.text)
            }
            for (item, articleTerms) in zip(batch.articles, terms) {
                let article = item.article
                clusterer.add(id: article.id, terms: articleTerms, time: article.published?.secondsSinceEpoch)
                result.items.append(
                    Item(
                        id: article.id, title: keepTitles ? article.title : nil, outlet: keepTitles ? article.outlet : nil,
                        published: article.published, gold: item.extra["story"]))
            }
        }
        result.assignments = await clusterer.clusterInParallel()
        return result
    }
}

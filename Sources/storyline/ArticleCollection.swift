import StorylineCore
import StorylineExtract

/// Reads whole articles into memory, for commands that need their texts (`analyze`).
enum ArticleCollection {
    static func read(paths: [String], collector: InputCollector) async -> ([Article], [InputError]) {
        var articles: [Article] = []
        var errors: [InputError] = []
        let stream = ArticleStream(extractor: ArticleExtractor(collector: collector), batchSize: 2000)
        await stream.run(paths: paths) { batch in
            errors += batch.errors
            articles += batch.articles.map(\.article)
        }
        return (articles, errors)
    }
}

import StorylineAnalysis
import StorylineCore
import StorylineStore

/// Analyses a story kept in the store: loads its articles and copy chains, then runs the same
/// ``StoryAnalyzer`` as `analyze`.
enum StoredStoryAnalysis {
    static func report(of story: StoryDetail, in store: ArticleStore) async throws -> StoryReport {
        var articles: [Article] = []
        do {
            for member in story.members {
                if let article = try await store.article(id: member.article.id) { articles.append(article) }
            }
            let ids = Set(articles.map(\.id))
            let duplicates = try await store.duplicateGroups().filter { ids.contains($0.origin) }
            return await StoryAnalyzer().analyze(storyID: story.summary.id, articles: articles, duplicates: duplicates)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}

import StorylineCore
import StorylineGrouping
import StorylineStore

/// Stores articles and places them in stories: what `ingest`, `fetch` and `watch` do with each batch.
///
/// One writer per run: its ``StoryGroupingUpdater`` keeps the active stories in memory between batches.
struct ArticleBatchWriter {
    let store: ArticleStore
    let grouper: StoryGroupingUpdater

    init(store: ArticleStore, stories: StoryConfiguration) {
        self.store = store
        grouper = StoryGroupingUpdater(stories: stories)
    }

    /// Stores `articles` in one transaction (a note on standard error for each id stored under a new
    /// name), then groups every ungrouped article, including any an interrupted run left.
    func write(_ articles: [Article]) async throws -> (stored: InsertSummary, grouping: GroupingSummary) {
        do throws(StoreError) {
            let stored = articles.isEmpty ? InsertSummary() : try await store.insert(articles)
            for renamed in stored.renamed {
                StandardError.print(
                    "note: id '\(renamed.givenID)' is taken by a different article; stored as '\(renamed.storedID)'")
            }
            let grouping = try await grouper.groupPending(in: store)
            return (stored, grouping)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}

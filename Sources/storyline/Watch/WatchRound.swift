import StorylineCore
import StorylineExtract
import StorylineFetch
import StorylineStore

/// One round of `watch`: every feed polled (conditional GET), new entries read from their content or
/// fetched, stored and grouped, and the state saved after each feed.
struct WatchRound {
    let poller: FeedPoller
    let reader: FetchedPageReader
    let writer: ArticleBatchWriter
    let stateFile: FetchStateFile
    /// An entry's content is used instead of its page when it holds at least this much text.
    static let fullContentLength = 400

    /// What a round did.
    struct Summary {
        var feeds = 0
        var unchanged = 0
        var newEntries = 0
        var failures = 0
        var stored = InsertSummary()
        var grouping = GroupingSummary()
    }

    /// Runs the round over `feeds`, updating and saving `state` as each feed is done.
    func run(feeds: [String], state: inout FetchState) async throws -> Summary {
        var summary = Summary(feeds: feeds.count)
        let snapshot = state
        try await withThrowingTaskGroup(of: FeedHarvest.self) { group in
            for feed in feeds { group.addTask { await harvest(feed, state: snapshot) } }
            // Feeds are harvested in parallel; storing, grouping and saving happen one feed at a time.
            for try await harvest in group {
                let stopped = poller.fetcher.isStopped
                if harvest.unchanged { summary.unchanged += 1 }
                if let failure = harvest.feedFailure, !stopped {
                    StandardError.print("\(harvest.feedURL): \(failure)")
                    summary.failures += 1
                }
                if !stopped { for line in harvest.failures { StandardError.print(line) } }
                summary.failures += stopped ? 0 : harvest.failures.count
                summary.newEntries += harvest.newEntries
                let articles = reader.extractor.finish(harvest.drafts).map(\.article)
                let (stored, grouping) = try await writer.write(articles)
                summary.stored += stored
                summary.grouping += grouping
                state.markSeen(harvest.handledKeys, in: harvest.feedURL)
                if let validators = harvest.validators { state.validators[harvest.feedURL] = validators }
                try stateFile.saveForCommand(state)
            }
        }
        return summary
    }

    /// Polls one feed and reads its new entries (pages fetched in parallel; the fetcher spaces them).
    private func harvest(_ feed: String, state: FetchState) async -> FeedHarvest {
        var harvest = FeedHarvest(feedURL: feed)
        let poll = await poller.poll(feed, state: state)
        let update: FeedPoller.Update
        switch poll.outcome {
        case .unchanged:
            harvest.unchanged = true
            return harvest
        case .failed(let message):
            harvest.feedFailure = message
            return harvest
        case .updated(let updated):
            update = updated
        }
        harvest.newEntries = update.newEntries.count
        let results = await withTaskGroup(of: (Int, EntryResult).self) { group in
            for (index, entry) in update.newEntries.enumerated() {
                group.addTask { (index, await read(entry, feedURL: update.finalURL)) }
            }
            var results = [EntryResult?](repeating: nil, count: update.newEntries.count)
            for await (index, result) in group { results[index] = result }
            return results.compactMap { $0 }
        }
        var complete = true
        for (entry, result) in zip(update.newEntries, results) {
            switch result {
            case .article(let draft):
                harvest.drafts.append(draft)
                harvest.handledKeys.append(entry.key!)
            case .failed(let line, let transient):
                harvest.failures.append(line)
                if transient { complete = false } else { harvest.handledKeys.append(entry.key!) }
            }
        }
        if complete { harvest.validators = update.validators }
        return harvest
    }

    private enum EntryResult {
        case article(PendingDraft)
        case failed(String, transient: Bool)
    }

    /// One entry's draft: from its own content when that is the full article, else from its page.
    private func read(_ entry: StorylineFetch.FeedEntry, feedURL: String) async -> EntryResult {
        let label = entry.url ?? entry.key ?? feedURL
        var contentFailure: String?
        if entry.contentHTML != nil {
            do throws(PageReadingFailure) {
                let draft = try reader.draft(from: entry, feedURL: feedURL)
                if draft.draft.original.count >= Self.fullContentLength || entry.url == nil { return .article(draft) }
            } catch {
                contentFailure = error.message
            }
        }
        guard let url = entry.url else {
            return .failed(
                "\(label): \(contentFailure ?? "the entry has neither a link nor content")", transient: false)
        }
        let page: FetchedResource
        do {
            page = try await poller.fetcher.fetch(url)
        } catch {
            return .failed(error.description, transient: error.isTransient)
        }
        do throws(PageReadingFailure) {
            var draft = try reader.draft(from: page)
            draft.draft.title = draft.draft.title ?? entry.title
            draft.draft.published = draft.draft.published ?? entry.published
            return .article(draft)
        } catch {
            return .failed("\(url): \(error.message)", transient: false)
        }
    }
}

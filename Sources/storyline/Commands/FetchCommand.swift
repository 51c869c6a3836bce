import ArgumentParser
import Foundation
import StorylineExtract
import StorylineFetch
import StorylineStore

/// `storyline fetch URL...`: fetch pages politely, read, clean, store and group them.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch news pages over HTTP, then read, clean, store and group them like ingest.",
        discussion: """
            Requests are polite: robots.txt is obeyed (and its Crawl-delay), requests to one host are \
            paused --delay seconds apart, different hosts are fetched in parallel (--concurrency). \
            Connection failures, time-outs, 429 and 5xx are retried with backoff (Retry-After honoured). \
            A page fetched before is asked for conditionally (ETag, Last-Modified); an unchanged page \
            is skipped. Each failure is one line on standard error; the other pages are stored, and the \
            exit status is 1 at the end.
            """)

    @Argument(help: ArgumentHelp("The pages to fetch (http or https).", valueName: "url"))
    var urls: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var fetching: FetchOptions
    @Flag(help: "Fetch every page in full, ignoring the validators saved from earlier fetches.")
    var refetch = false
    @OptionGroup var stories: StoryOptions

    func validate() throws {
        guard !urls.isEmpty else { throw ValidationError("give at least one URL") }
    }

    func run() async throws {
        let articleStore = try store.open()
        let stateFile = fetching.stateFile(store: store)
        var state = try stateFile.loadForCommand()
        let started = Date()
        var seen = Set<String>()
        let unique = urls.filter { seen.insert($0).inserted }
        let asked = refetch ? FetchState() : state
        let (results, archiveFailure) = try await fetching.withFetcher { fetcher in
            let signals = StopSignals(stopping: fetcher)
            defer { signals.cancel() }
            return await fetchAll(unique, with: fetcher, state: asked)
        }

        var failures = 0
        var unchanged = 0
        var pages: [(requested: String, page: FetchedResource, draft: PendingDraft)] = []
        let reader = FetchedPageReader(extractor: ArticleExtractor())
        for (url, result) in zip(unique, results) {
            switch result {
            case .failure(let error):
                StandardError.print(error.description)
                failures += 1
            case .success(let page) where page.isNotModified:
                unchanged += 1
            case .success(let page):
                do throws(PageReadingFailure) {
                    pages.append((url, page, try reader.draft(from: page)))
                } catch {
                    StandardError.print("\(url): \(error.message)")
                    failures += 1
                }
            }
        }

        let writer = ArticleBatchWriter(store: articleStore, stories: stories.configuration)
        let articles = reader.extractor.finish(pages.map(\.draft)).map(\.article)
        let (stored, grouping) = try await writer.write(articles)
        for (url, page, _) in pages where !page.validators.isEmpty { state.validators[url] = page.validators }
        try stateFile.saveForCommand(state)

        if let archiveFailure {
            StandardError.print("error: \(archiveFailure)")
            failures += 1
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        StandardError.print(
            "fetch: \(unique.count) URLs → \(stored.inserted) new articles, \(stored.alreadyStored) already stored, "
                + "\(unchanged) unchanged, \(failures) failed; \(grouping.newStories) new stories, "
                + "\(grouping.merges) merges, \(grouping.duplicateLinks) duplicate links; \(seconds) s "
                + "(store: \(articleStore.path))")
        if failures > 0 { throw ExitCode(1) }
    }

    /// Every URL fetched in parallel (the fetcher spaces requests per host), results in input order.
    private func fetchAll(
        _ urls: [String], with fetcher: Fetcher, state: FetchState
    ) async -> [Result<FetchedResource, FetchError>] {
        await withTaskGroup(of: (Int, Result<FetchedResource, FetchError>).self) { group in
            for (index, url) in urls.enumerated() {
                group.addTask {
                    do throws(FetchError) {
                        return (index, .success(try await fetcher.fetch(url, validators: state.validators[url])))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var results = [Result<FetchedResource, FetchError>?](repeating: nil, count: urls.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0! }
        }
    }
}

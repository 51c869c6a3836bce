import ArgumentParser
import Foundation
import StorylineCore
import StorylineExtract
import StorylineStore

/// `storyline ingest`: read, clean and store articles.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read, clean and store articles (idempotent: an article already stored is skipped).",
        discussion: """
            Stored articles are then placed in stories and linked to the articles they copy. \
            Each batch is written in one transaction: a run that is interrupted keeps every batch it \
            committed, and running it again completes the rest without duplicates. Bad inputs are \
            reported one line each; the others are stored, and the exit status is 1 at the end. \
            Feeds give one article per entry; an OPML list's local feeds are read, and each feed on \
            the web is reported as needing `storyline watch`; WARC files (.warc, .warc.gz) are read \
            record by record, keeping the HTML pages.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Articles written per transaction.") var batchSize: Int = 500
    @OptionGroup var stories: StoryOptions

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() async throws {
        let articleStore = try store.open()
        let stream = ArticleStream(extractor: ArticleExtractor(collector: input.collector), batchSize: batchSize)
        var progress = IngestProgress()
        let writer = ArticleBatchWriter(store: articleStore, stories: stories.configuration)
        try await stream.run(paths: try input.resolvedPaths()) { batch in
            for error in batch.errors { StandardError.print("error: \(error)") }
            progress.errors += batch.errors.count
            progress.inputs = batch.inputCount
            progress.inputsRead = batch.inputsRead
            if !batch.articles.isEmpty {
                // Places what this batch stored (and anything an interrupted run left ungrouped).
                let (stored, grouping) = try await writer.write(batch.articles.map(\.article))
                progress.stored += stored
                progress.grouping += grouping
            }
            progress.tick()
        }
        StandardError.print(progress.summary(store: articleStore.path))
        if progress.errors > 0 { throw ExitCode(1) }
    }
}

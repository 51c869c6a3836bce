import ArgumentParser
import Foundation
import StorylineExtract
import StorylineStore

/// `storyline ingest`: read, clean and store articles.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read, clean and store articles (idempotent: an article already stored is skipped).",
        discussion: """
            Each batch is written in one transaction: a run that is interrupted keeps every batch it \
            committed, and running it again completes the rest without duplicates. Bad inputs are \
            reported one line each; the others are stored, and the exit status is 1 at the end.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Articles written per transaction.") var batchSize: Int = 500

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() async throws {
        let articleStore = try store.open()
        let extractor = ArticleExtractor(collector: input.collector)
        let (locations, missing) = extractor.collector.locations(for: try input.resolvedPaths())
        var progress = IngestProgress(inputs: locations.count)
        for error in missing { report(error, &progress) }
        var pending: [PendingDraft] = []
        try await ParallelExtraction(extractor: extractor).forEachWindow(of: locations) { drafts, errors in
            progress.inputsRead += 1
            for error in errors { report(error, &progress) }
            pending += drafts
            while pending.count >= batchSize {
                let batch = Array(pending.prefix(batchSize))
                pending.removeFirst(batchSize)
                try await write(batch, extractor, articleStore, &progress)
            }
            progress.tick()
        }
        if !pending.isEmpty { try await write(pending, extractor, articleStore, &progress) }
        StandardError.print(progress.summary(store: articleStore.path))
        if progress.errors > 0 { throw ExitCode(1) }
    }

    private func write(
        _ batch: [PendingDraft], _ extractor: ArticleExtractor, _ store: ArticleStore, _ progress: inout IngestProgress
    ) async throws {
        let articles = extractor.finish(batch).map(\.article)
        do {
            let summary = try await store.insert(articles)
            for renamed in summary.renamed {
                StandardError.print(
                    "note: id '\(renamed.givenID)' is taken by a different article; stored as '\(renamed.storedID)'")
            }
            progress.stored += summary
        } catch {
            throw CommandFailure(error.message)
        }
    }

    private func report(_ error: InputError, _ progress: inout IngestProgress) {
        progress.errors += 1
        StandardError.print("error: \(error)")
    }
}

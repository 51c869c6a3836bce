import StorylineExtract

/// Runs the per-document steps of an ``ArticleExtractor`` over many inputs on all cores, in input order.
struct ParallelExtraction: Sendable {
    var extractor: ArticleExtractor
    /// How many inputs are read and cleaned concurrently before their results are handed on.
    var window = 64

    /// Every input's cleaned drafts and errors, handed to `consume` one window at a time, in input order.
    func forEachWindow(
        of locations: [InputLocation],
        _ consume: ([PendingDraft], [InputError]) async throws -> Void
    ) async rethrows {
        var start = 0
        while start < locations.count {
            let slice = Array(locations[start..<min(start + window, locations.count)])
            let results = await withTaskGroup(of: (Int, [PendingDraft], [InputError]).self) { group in
                for (index, location) in slice.enumerated() {
                    group.addTask {
                        do throws(InputError) {
                            let document = try extractor.collector.read(location)
                            let (drafts, errors) = extractor.drafts(from: document)
                            return (index, drafts, errors)
                        } catch {
                            return (index, [], [error])
                        }
                    }
                }
                var collected: [(Int, [PendingDraft], [InputError])] = []
                for await result in group { collected.append(result) }
                return collected.sorted { $0.0 < $1.0 }
            }
            for (_, drafts, errors) in results { try await consume(drafts, errors) }
            start += window
        }
    }

    /// Extracts everything under `paths` as one batch.
    func extractAll(paths: [String]) async -> (articles: [ExtractedArticle], errors: [InputError]) {
        let (locations, missing) = extractor.collector.locations(for: paths)
        var errors = missing
        var pending: [PendingDraft] = []
        await forEachWindow(of: locations) { drafts, problems in
            pending += drafts
            errors += problems
        }
        return (extractor.finish(pending), errors)
    }
}

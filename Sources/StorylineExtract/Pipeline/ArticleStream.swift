import Foundation
import StorylineCore

/// Streams articles out of many inputs on all cores, in input order, in batches of bounded size.
///
/// Files are read, parsed and cleaned in parallel a window at a time; a JSON Lines file is streamed
/// a block of lines at a time, and a WARC file (`.warc`, `.warc.gz`) a block of records at a time, so
/// their size is bounded by nothing but the disk. Every `batchSize`
/// drafts, outlet boilerplate is marked across the batch and the articles are assembled (in
/// parallel) and handed to the consumer. Reading runs one batch ahead of the consumer, so the two
/// overlap. Memory holds one window and a few batches at a time.
///
/// ```swift
/// try await ArticleStream().run(paths: ["corpus.jsonl"]) { batch in store(batch.articles) }
/// ```
public struct ArticleStream: Sendable {
    public var extractor: ArticleExtractor
    /// Drafts per batch: the unit of outlet-boilerplate detection and of what the consumer gets.
    public var batchSize: Int
    /// Files read and cleaned concurrently.
    public var fileWindow = 32
    /// JSON lines read per block of a streamed file.
    public var linesPerBlock = 1024
    /// WARC records read per block of a streamed WARC file (fewer when their blocks pass 64 MB).
    public var recordsPerBlock = 256

    public init(extractor: ArticleExtractor = ArticleExtractor(), batchSize: Int = 1000) {
        precondition(batchSize > 0, "batch size must be positive")
        self.extractor = extractor
        self.batchSize = batchSize
    }

    /// Reads everything under `paths` and calls `consume` with each batch, in input order. Errors
    /// about single inputs are handed on in the batches; only `consume`'s own errors stop the run.
    ///
    /// The next batch is read and cleaned while `consume` works on the current one.
    public func run(
        paths: [String], _ consume: (ExtractionBatch) async throws -> Void
    ) async rethrows {
        // One batch waits in the channel while the producer works on the next.
        let channel = BatchChannel<ExtractionBatch>(capacity: 1)
        async let produced: Void = produce(paths: paths, into: channel)
        while let batch = await channel.next() {
            do {
                try await consume(batch)
            } catch {
                channel.close()
                await produced
                throw error
            }
        }
        await produced
    }

    /// Reads, cleans and batches everything under `paths` into `channel`, then finishes it.
    private func produce(paths: [String], into channel: BatchChannel<ExtractionBatch>) async {
        defer { channel.finish() }
        let (locations, missing) = extractor.collector.locations(for: paths)
        var state = State(inputCount: locations.count, errors: missing)
        var window: [InputLocation] = []
        for location in locations {
            guard !channel.isClosed else { return }
            if case .file(let path) = location, Self.streamsAsLines(path) {
                await readWindow(&window, into: &state, channel)
                await streamLines(of: path, into: &state, channel)
                state.inputsRead += 1
                continue
            }
            if case .file(let path) = location, Self.streamsAsWARC(path) {
                await readWindow(&window, into: &state, channel)
                await streamRecords(of: path, into: &state, channel)
                state.inputsRead += 1
                continue
            }
            window.append(location)
            if window.count >= fileWindow { await readWindow(&window, into: &state, channel) }
        }
        await readWindow(&window, into: &state, channel)
        await flush(&state, channel, force: true)
    }

    /// Whether a file is read as a stream of JSON lines rather than loaded whole.
    static func streamsAsLines(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson")
    }

    /// Whether a file is read as a stream of WARC records rather than loaded whole.
    static func streamsAsWARC(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".warc") || lowered.hasSuffix(".warc.gz")
    }

    private struct State {
        var inputCount: Int
        var errors: [InputError]
        var pending: [PendingDraft] = []
        var inputsRead = 0

        init(inputCount: Int, errors: [InputError]) {
            self.inputCount = inputCount
            self.errors = errors
        }
    }

    private func readWindow(
        _ window: inout [InputLocation], into state: inout State, _ channel: BatchChannel<ExtractionBatch>
    ) async {
        guard !window.isEmpty else { return }
        let extractor = self.extractor
        let results = await ParallelMap.map(window, chunkSize: 1) { location -> ([PendingDraft], [InputError]) in
            do throws(InputError) {
                return extractor.drafts(from: try extractor.collector.read(location))
            } catch {
                return ([], [error])
            }
        }
        window.removeAll()
        for (drafts, errors) in results {
            state.pending += drafts
            state.errors += errors
            state.inputsRead += 1
            await flush(&state, channel, force: false)
        }
    }

    private func streamLines(
        of path: String, into state: inout State, _ channel: BatchChannel<ExtractionBatch>
    ) async {
        var reader: LineBlockReader
        do {
            reader = try LineBlockReader(path: path, maximumLineSize: extractor.collector.maximumSize)
        } catch {
            state.errors.append(error)
            return
        }
        let extractor = self.extractor
        let sourceKey = URL(fileURLWithPath: path).standardizedFileURL.path
        let document = RawDocument(name: path, sourceKey: sourceKey, data: Data())
        var sawLine = false
        while !channel.isClosed {
            let lines: [LineBlockReader.Line]
            do {
                lines = try reader.nextLines(linesPerBlock)
            } catch {
                state.errors.append(error)
                break
            }
            guard !lines.isEmpty else { break }
            sawLine = true
            let parsed = await ParallelMap.map(lines, chunkSize: 32) { line -> Result<PendingDraft, InputError> in
                switch line.text {
                case .failure(let error):
                    return .failure(error)
                case .success(let text):
                    switch JSONLinesReader().read(line: text, file: path, number: line.number) {
                    case .article(let draft, let number):
                        return .success(extractor.clean(extractor.jsonLinesDraft(draft, document: document, line: number)))
                    case .failure(let error):
                        return .failure(error)
                    }
                }
            }
            for result in parsed {
                switch result {
                case .success(let draft): state.pending.append(draft)
                case .failure(let error): state.errors.append(error)
                }
            }
            await flush(&state, channel, force: false)
        }
        if !sawLine { state.errors.append(InputError(.emptyInput, "no JSON lines in input", file: path)) }
    }

    private func streamRecords(
        of path: String, into state: inout State, _ channel: BatchChannel<ExtractionBatch>
    ) async {
        var reader: WARCReader
        do {
            reader = try WARCReader(path: path, maximumRecordSize: extractor.collector.maximumSize)
        } catch {
            state.errors.append(error)
            return
        }
        let extractor = self.extractor
        let sourceKey = URL(fileURLWithPath: path).standardizedFileURL.path
        while !channel.isClosed {
            let events = reader.next(records: recordsPerBlock, bytes: 64 << 20)
            guard !events.isEmpty else { break }
            let parsed = await ParallelMap.map(events, chunkSize: 4) { event -> ([PendingDraft], [InputError]) in
                switch event {
                case .failure(let error):
                    return ([], [error])
                case .record(let record):
                    let (drafts, errors) = extractor.warcDrafts(record, file: path, sourceKey: sourceKey)
                    return (drafts.map(extractor.clean), errors)
                }
            }
            for (drafts, errors) in parsed {
                state.pending += drafts
                state.errors += errors
            }
            await flush(&state, channel, force: false)
        }
        if reader.statistics.records == 0 {
            state.errors.append(InputError(.emptyInput, "no WARC records in input", file: path))
        }
    }

    /// Finishes and hands on full batches (and, with `force`, whatever is left).
    private func flush(
        _ state: inout State, _ channel: BatchChannel<ExtractionBatch>, force: Bool
    ) async {
        while state.pending.count >= batchSize || (force && (!state.pending.isEmpty || !state.errors.isEmpty)) {
            let count = min(batchSize, state.pending.count)
            let batch = Array(state.pending.prefix(count))
            state.pending.removeFirst(count)
            let articles = await finish(batch)
            let errors = state.errors
            state.errors = []
            let sent = await channel.send(
                ExtractionBatch(articles: articles, errors: errors, inputsRead: state.inputsRead, inputCount: state.inputCount))
            guard sent else { return }
        }
    }

    /// Outlet boilerplate across the batch (units in parallel), then parallel assembly.
    private func finish(_ batch: [PendingDraft]) async -> [ExtractedArticle] {
        let extractor = self.extractor
        var drafts = batch.map(\.draft)
        let detector = extractor.outletBoilerplate
        let examined = detector.draftsToExamine(drafts)
        let snapshot = drafts
        let units = await ParallelMap.map(examined, chunkSize: 8) { detector.units(of: snapshot[$0]) }
        detector.markRepeated(in: &drafts, units: Dictionary(uniqueKeysWithValues: zip(examined, units)))
        var marked = batch
        for index in marked.indices { marked[index].draft = drafts[index] }
        return await ParallelMap.map(marked, chunkSize: 8) { extractor.assemble($0) }
    }
}

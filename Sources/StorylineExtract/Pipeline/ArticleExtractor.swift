import Foundation
import StorylineCore

/// The extraction pipeline's steps: raw documents → readers → cleaning → outlet boilerplate → articles.
///
/// Every step but outlet boilerplate works on one document or draft at a time and can run in
/// parallel; ``markOutletBoilerplate(in:)`` takes a whole batch, because boilerplate that one outlet
/// repeats is only visible across its articles. ``ArticleStream`` runs the steps over many inputs.
///
/// ```swift
/// let extractor = ArticleExtractor()
/// let (drafts, errors) = extractor.drafts(from: try extractor.collector.read(.file(path: "a.txt")))
/// let articles = extractor.finish(drafts)
/// ```
public struct ArticleExtractor: Sendable {
    public var collector: InputCollector
    public var cleaner: BoilerplateCleaner
    public var outletBoilerplate: OutletBoilerplateDetector
    private let assembler = ArticleAssembler()

    public init(
        collector: InputCollector = InputCollector(), cleaner: BoilerplateCleaner = BoilerplateCleaner(),
        outletBoilerplate: OutletBoilerplateDetector = OutletBoilerplateDetector()
    ) {
        self.collector = collector
        self.cleaner = cleaner
        self.outletBoilerplate = outletBoilerplate
    }

    /// The drafts in one raw document (one for a page or text file, one per line of JSON Lines, feed entry
    /// or captured page of a WARC file, those of the local feeds an OPML list names), not yet cleaned, and
    /// an error for each part that could not be read.
    public func read(_ document: RawDocument) -> (drafts: [PendingDraft], errors: [InputError]) {
        var drafts: [PendingDraft] = []
        var errors: [InputError] = []
        do throws(InputError) {
            switch DocumentFormat.detect(document) {
            case .html:
                if let problem = TextDecoder.binaryEvidence(in: document.data.prefix(8192)) {
                    throw InputError(.binaryContent, "looks like binary data, not HTML (\(problem))", file: document.name)
                }
                let draft = try HTMLArticleReader().read(Array(document.data), url: nil, file: document.name)
                drafts.append(PendingDraft(draft: draft, file: document.name, sourceKey: document.sourceKey))
            case .plainText:
                let text = try TextDecoder.decode(document.data, name: document.name)
                let draft = PlainTextReader().read(text)
                drafts.append(PendingDraft(draft: draft, file: document.name, sourceKey: document.sourceKey))
            case .jsonLines:
                let text = try TextDecoder.decode(document.data, name: document.name)
                for line in JSONLinesReader().read(text, file: document.name) {
                    switch line {
                    case .article(let draft, let number):
                        drafts.append(jsonLinesDraft(draft, document: document, line: number))
                    case .failure(let error):
                        errors.append(error)
                    }
                }
            case .feed:
                (drafts, errors) = feedDrafts(document)
            case .opml:
                (drafts, errors) = try opmlDrafts(document)
            case .warc:
                (drafts, errors) = try warcDrafts(document)
            }
        } catch {
            var located = error
            located.file = located.file ?? document.name
            errors.append(located)
        }
        return (drafts, errors)
    }

    /// The pending draft of one JSON line of `document`.
    public func jsonLinesDraft(_ draft: DocumentDraft, document: RawDocument, line: Int) -> PendingDraft {
        PendingDraft(draft: draft, file: document.name, sourceKey: "\(document.sourceKey)#\(line)", line: line)
    }

    /// Cuts the boilerplate one article carries by itself.
    public func clean(_ pending: PendingDraft) -> PendingDraft {
        var cleaned = pending
        cleaner.clean(&cleaned.draft)
        return cleaned
    }

    /// Read and clean one document.
    public func drafts(from document: RawDocument) -> (drafts: [PendingDraft], errors: [InputError]) {
        let (drafts, errors) = read(document)
        return (drafts.map(clean), errors)
    }

    /// Marks the boilerplate that outlets repeat across the batch.
    public func markOutletBoilerplate(in pending: inout [PendingDraft]) {
        var drafts = pending.map(\.draft)
        outletBoilerplate.markRepeated(in: &drafts)
        for index in pending.indices { pending[index].draft = drafts[index] }
    }

    /// The final article of one cleaned draft.
    public func assemble(_ item: PendingDraft) -> ExtractedArticle {
        let source = item.draft.url ?? (item.file == "-" ? "stdin" : item.file)
        let article = assembler.assemble(item.draft, source: source, sourceKey: item.sourceKey)
        return ExtractedArticle(article: article, file: item.file, line: item.line, extra: item.draft.extra)
    }

    /// Marks outlet boilerplate across the batch, then assembles every draft into an article.
    public func finish(_ pending: [PendingDraft]) -> [ExtractedArticle] {
        var batch = pending
        markOutletBoilerplate(in: &batch)
        return batch.map(assemble)
    }
}

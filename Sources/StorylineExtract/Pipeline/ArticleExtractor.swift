import Foundation
import StorylineCore

/// Runs the extraction pipeline: raw documents → readers → cleaning → outlet boilerplate → articles.
///
/// Per-document work (``drafts(from:)``) is independent and can run in parallel; ``finish(_:)`` takes a
/// whole batch because boilerplate that one outlet repeats is only visible across its articles.
///
/// ```swift
/// let extractor = ArticleExtractor()
/// let result = extractor.extract(paths: ["articles/"])
/// for item in result.articles { print(item.article.title ?? "") }
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

    /// The cleaned drafts in one raw document (one for a page or text file, one per line of JSON Lines)
    /// and an error for each part that could not be read.
    public func drafts(from document: RawDocument) -> (drafts: [PendingDraft], errors: [InputError]) {
        let format = DocumentFormat.detect(document)
        var drafts: [PendingDraft] = []
        var errors: [InputError] = []
        do throws(InputError) {
            switch format {
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
                        drafts.append(
                            PendingDraft(
                                draft: draft, file: document.name, sourceKey: "\(document.sourceKey)#\(number)",
                                line: number))
                    case .failure(let error):
                        errors.append(error)
                    }
                }
            }
        } catch {
            var located = error
            located.file = located.file ?? document.name
            errors.append(located)
        }
        for index in drafts.indices { cleaner.clean(&drafts[index].draft) }
        return (drafts, errors)
    }

    /// Marks boilerplate that outlets repeat across the batch, then assembles every draft into an article.
    public func finish(_ pending: [PendingDraft]) -> [ExtractedArticle] {
        var drafts = pending.map(\.draft)
        outletBoilerplate.markRepeated(in: &drafts)
        return zip(pending, drafts).map { item, draft in
            let source = draft.url ?? (item.file == "-" ? "stdin" : item.file)
            let article = assembler.assemble(draft, source: source, sourceKey: item.sourceKey)
            return ExtractedArticle(article: article, file: item.file, line: item.line, extra: draft.extra)
        }
    }

    /// Reads, cleans and assembles everything under `paths` in one batch (for small inputs; ingest
    /// streams in batches instead).
    public func extract(paths: [String]) -> (articles: [ExtractedArticle], errors: [InputError]) {
        let (locations, missing) = collector.locations(for: paths)
        var errors = missing
        var pending: [PendingDraft] = []
        for location in locations {
            do {
                let document = try collector.read(location)
                let (drafts, problems) = self.drafts(from: document)
                pending += drafts
                errors += problems
            } catch {
                errors.append(error)
            }
        }
        return (finish(pending), errors)
    }
}

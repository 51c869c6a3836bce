import ArgumentParser
import Foundation
import StorylineCore
import StorylineExtract

/// `storyline eval extraction DATASET`: main-content and metadata extraction against gold pages.
struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score HTML main-content and metadata extraction on WCXB or trafilatura's evaluation pages.",
        discussion: """
            DATASET is a folder with html/NNNN.html.gz and either ground-truth/NNNN.json (WCXB: word F1 \
            and the article-extraction-benchmark shingle metric against the gold main content) or gold.json \
            (trafilatura-eval: must / must-not phrases). Title, author and date are scored where the gold \
            data has them. Pages are extracted one at a time on one core, and the time per page \
            (extraction + metadata + cleaning) is reported. With --predictions, another extractor's output \
            (JSON Lines: file, text, title, author, date, milliseconds) is scored with the same code \
            instead — scripts/compare-extractors.sh uses this to put trafilatura beside Storyline.
            """)

    @Argument(help: "The data set folder.") var dataset: String = "../shared/data/wcxb-dev"
    @Option(help: "Score this JSON Lines file of predictions instead of running Storyline.") var predictions: String?
    @Option(help: "Label for the scored extractor.") var name: String?
    @Option(help: "Write Storyline's predictions (JSON Lines) to this file.") var save: String?
    @Option(help: "Write per-page scores (JSON Lines) to this file.") var pages: String?
    @Option(help: "Only the first N pages (for quick checks).") var limit: Int?

    func run() throws {
        var data = try ExtractionDataset(folder: dataset)
        if let limit { data.pages = Array(data.pages.prefix(limit)) }
        let predicted: [String: ExtractionPrediction]
        if let predictions {
            predicted = try Self.load(predictions)
        } else {
            predicted = try extractAll(data)
        }
        let evaluation = ExtractionEvaluation(dataset: data, predictions: predicted)
        for line in evaluation.lines(name: name ?? (predictions == nil ? "storyline" : "predictions"), kind: data.kind) {
            print(line)
        }
        if let pages { try Self.writeLines(evaluation.pageScores, to: pages) }
    }

    private func extractAll(_ data: ExtractionDataset) throws -> [String: ExtractionPrediction] {
        let extractor = ArticleExtractor()
        var result: [String: ExtractionPrediction] = [:]
        var saved: [ExtractionPrediction] = []
        for page in data.pages {
            let bytes: [UInt8]
            do {
                bytes = try data.bytes(of: page)
            } catch {
                StandardError.print("error: \(page.path): cannot read (\(error))")
                continue
            }
            let clock = ContinuousClock()
            var prediction = ExtractionPrediction(file: page.file, text: "")
            let elapsed = clock.measure {
                prediction = Self.extract(bytes, page: page, extractor: extractor)
            }
            prediction.milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            result[page.file] = prediction
            if save != nil { saved.append(prediction) }
        }
        if let save { try Self.writeLines(saved, to: save) }
        return result
    }

    /// Reads the page like `storyline ingest` does (reader, then the article's own cleaning).
    static func extract(_ bytes: [UInt8], page: ExtractionDataset.Page, extractor: ArticleExtractor) -> ExtractionPrediction {
        do throws(InputError) {
            let draft = try HTMLArticleReader().read(bytes, url: page.url, file: page.file)
            let cleaned = extractor.clean(PendingDraft(draft: draft, file: page.file, sourceKey: page.file))
            let article = extractor.assemble(cleaned).article
            return ExtractionPrediction(
                file: page.file, text: article.text, title: article.title, author: article.author,
                date: article.published?.iso8601)
        } catch {
            return ExtractionPrediction(file: page.file, text: "")
        }
    }

    static func load(_ path: String) throws -> [String: ExtractionPrediction] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var result: [String: ExtractionPrediction] = [:]
        let decoder = JSONDecoder()
        for (index, line) in text.split(separator: "\n").enumerated() where !line.isEmpty {
            do {
                let prediction = try decoder.decode(ExtractionPrediction.self, from: Data(line.utf8))
                result[prediction.file] = prediction
            } catch {
                throw CommandFailure("\(path):\(index + 1): not a prediction object (\(error))")
            }
        }
        return result
    }

    static func writeLines<T: Encodable>(_ values: [T], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        for value in values {
            output.append(try encoder.encode(value))
            output.append(0x0A)
        }
        try output.write(to: URL(fileURLWithPath: path))
    }
}

import Foundation
import StorylineExtract

/// Scores one extractor's predictions on an ``ExtractionDataset`` with the metrics the data set's
/// authors use (see the README's "Metrics" section), plus metadata accuracy.
struct ExtractionEvaluation {
    struct Accuracy {
        var correct = 0
        var total = 0
        var value: Double { total == 0 ? 0 : Double(correct) / Double(total) }
        mutating func add(_ right: Bool) {
            total += 1
            if right { correct += 1 }
        }
    }

    /// Per-page results, for `--pages` output.
    struct PageScore: Encodable {
        var file: String
        var pageType: String?
        var wordF1: Double?
        var shingleF1: Double?
        var phrasesFound: Int
        var phrasesMissing: Int
        var phrasesLeaked: Int
        var title: Bool?
        var author: Bool?
        var date: Bool?
    }

    var pages = 0
    var wordF1: [Double] = []
    var articleWordF1: [Double] = []
    var shingles: [ShingleMatch] = []
    var articleShingles: [ShingleMatch] = []
    var phrases = PhraseMatch()
    var title = Accuracy()
    var author = Accuracy()
    var date = Accuracy()
    var milliseconds: [Double] = []
    var pageScores: [PageScore] = []

    init(dataset: ExtractionDataset, predictions: [String: ExtractionPrediction]) {
        for page in dataset.pages {
            let prediction = predictions[page.file] ?? ExtractionPrediction(file: page.file, text: "")
            pages += 1
            var score = PageScore(file: page.file, pageType: page.pageType, phrasesFound: 0, phrasesMissing: 0, phrasesLeaked: 0)
            if let gold = page.mainContent, !gold.isEmpty {
                let overlap = WordOverlap(gold: gold, predicted: prediction.text)
                let match = ShingleMatch(gold: gold, predicted: prediction.text)
                wordF1.append(overlap.f1)
                shingles.append(match)
                if page.pageType == "article" {
                    articleWordF1.append(overlap.f1)
                    articleShingles.append(match)
                }
                score.wordF1 = overlap.f1
                score.shingleF1 = ShingleMatch.corpusScore([match]).f1
            }
            let phraseMatch = PhraseMatch(text: prediction.text, with: page.with, without: page.without)
            phrases = phrases + phraseMatch
            score.phrasesFound = phraseMatch.found
            score.phrasesMissing = phraseMatch.missing
            score.phrasesLeaked = phraseMatch.leaked
            if let gold = page.title {
                let right = MetadataMatch.title(gold: gold, predicted: prediction.title)
                title.add(right)
                score.title = right
            }
            if let gold = page.author {
                let right = MetadataMatch.author(gold: gold, predicted: prediction.author)
                author.add(right)
                score.author = right
            }
            if let gold = page.date {
                let right = MetadataMatch.date(gold: gold, predicted: prediction.date)
                date.add(right)
                score.date = right
            }
            if let ms = prediction.milliseconds { milliseconds.append(ms) }
            pageScores.append(score)
        }
    }

    /// The report lines, with `name` as the extractor's label.
    func lines(name: String, kind: ExtractionDataset.Kind) -> [String] {
        var lines: [String] = []
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        func prf(_ score: (precision: Double, recall: Double, f1: Double)) -> String {
            String(format: "P %.4f  R %.4f  F1 %.4f", score.precision, score.recall, score.f1)
        }
        lines.append("\(name) on \(kind.rawValue): \(pages) pages")
        if !wordF1.isEmpty {
            lines.append(String(format: "  word F1 (WCXB metric)     %.4f  over %d pages with gold text", mean(wordF1), wordF1.count))
            lines.append(String(format: "  word F1, article pages    %.4f  over %d pages", mean(articleWordF1), articleWordF1.count))
            lines.append("  shingles (AEB metric)     " + prf(ShingleMatch.corpusScore(shingles)))
            lines.append("  shingles, article pages   " + prf(ShingleMatch.corpusScore(articleShingles)))
        }
        let phraseCount = phrases.found + phrases.missing + phrases.leaked + phrases.excluded
        if phraseCount > 0 {
            lines.append(
                String(
                    format: "  phrases (with/without)    P %.4f  R %.4f  F1 %.4f  accuracy %.4f  (%d with, %d without)",
                    phrases.precision, phrases.recall, phrases.f1, phrases.accuracy, phrases.found + phrases.missing,
                    phrases.leaked + phrases.excluded))
        }
        for (label, accuracy) in [("title", title), ("author", author), ("date", date)] where accuracy.total > 0 {
            let padded = "  \(label) accuracy".padding(toLength: 28, withPad: " ", startingAt: 0)
            lines.append(padded + String(format: "%.4f  (%d of %d)", accuracy.value, accuracy.correct, accuracy.total))
        }
        if !milliseconds.isEmpty {
            let sorted = milliseconds.sorted()
            let median = sorted[sorted.count / 2]
            let p90 = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
            lines.append(
                String(format: "  time per page             median %.2f ms, p90 %.2f ms, mean %.2f ms", median, p90, mean(sorted)))
        }
        return lines
    }
}

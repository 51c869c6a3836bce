import ArgumentParser
import Foundation
import StorylineText
import SwiftCSV

/// `storyline eval language`: language identification accuracy on a labelled CSV file.
struct EvalLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Measure language identification on labelled texts (SemEval-2022 Task 8 pairs by default).",
        discussion: """
            Reads a CSV with a header row. Every column pair langN/textN (lang1/text1, lang2/text2 …) \
            and a plain lang/text pair are labelled samples. Prints accuracy per language, the overall \
            accuracy and the misses.
            """
    )

    @Argument(help: "The CSV file with language and text columns.")
    var path: String = "../shared/data/semeval2022-task8/pairs.csv"

    @Option(help: "How many misses to list.")
    var misses: Int = 50

    func run() throws {
        let url = URL(fileURLWithPath: path)
        let csv: CSV<Named>
        do {
            csv = try CSV<Named>(url: url, delimiter: .comma, loadColumns: false)
        } catch {
            throw ValidationError("cannot read \(path): \(error)")
        }
        let samples = Self.samples(header: csv.header, rows: csv.rows)
        guard !samples.isEmpty else {
            throw ValidationError("\(path) has no lang/text column pairs (e.g. lang1 and text1)")
        }
        print(LanguageEvaluation(samples: samples).report(missLimit: misses))
    }

    /// The labelled texts of the rows: for every `langX` column with a matching `textX` column.
    static func samples(header: [String], rows: [[String: String]]) -> [(language: String, text: String)] {
        let pairs = header.filter { $0.hasPrefix("lang") }.compactMap { column -> (String, String)? in
            let textColumn = "text" + column.dropFirst("lang".count)
            return header.contains(textColumn) ? (column, textColumn) : nil
        }
        return rows.flatMap { row in
            pairs.map { languageColumn, textColumn in (row[languageColumn] ?? "", row[textColumn] ?? "") }
        }
    }
}

import StorylineCore
import StorylineText

/// Scores a `LanguageIdentifier` against labelled texts: accuracy per language and the misses.
struct LanguageEvaluation: Sendable {
    /// One labelled text and what the identifier said.
    struct Outcome: Sendable {
        var expected: String
        var guessed: String?
        var text: String

        var isCorrect: Bool { guessed == expected }
    }

    /// Correct and total counts for one expected language.
    struct Tally: Sendable {
        var correct = 0
        var total = 0

        var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    private(set) var outcomes: [Outcome] = []

    /// Identifies every labelled text; labels are lowercased and empty labels are skipped.
    init(samples: [(language: String, text: String)], identifier: LanguageIdentifier = LanguageIdentifier()) {
        for sample in samples {
            let expected = sample.language.trimmingWhitespace().lowercased()
            guard !expected.isEmpty else { continue }
            let guessed = identifier.identify(sample.text)?.code
            outcomes.append(Outcome(expected: expected, guessed: guessed, text: sample.text))
        }
    }

    /// Tallies per expected language, sorted by language code.
    var tallies: [(language: String, tally: Tally)] {
        var byLanguage: [String: Tally] = [:]
        for outcome in outcomes {
            byLanguage[outcome.expected, default: Tally()].total += 1
            if outcome.isCorrect { byLanguage[outcome.expected, default: Tally()].correct += 1 }
        }
        return byLanguage.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The tally over all texts.
    var overall: Tally {
        Tally(correct: outcomes.filter(\.isCorrect).count, total: outcomes.count)
    }

    /// The texts identified wrongly, in input order.
    var misses: [Outcome] { outcomes.filter { !$0.isCorrect } }

    /// A plain-text report: the per-language table, the overall accuracy and up to `missLimit` misses.
    func report(missLimit: Int = 50) -> String {
        var lines = ["language  correct  total  accuracy"]
        for (language, tally) in tallies {
            lines.append(
                language.padding(8) + "  " + String(tally.correct).leftPadding(7) + "  "
                    + String(tally.total).leftPadding(5) + "  " + Self.percent(tally.accuracy).leftPadding(8))
        }
        let overall = overall
        lines.append("")
        lines.append("accuracy: \(Self.percent(overall.accuracy)) (\(overall.correct)/\(overall.total))")
        let misses = misses
        if !misses.isEmpty {
            lines.append("")
            lines.append("misses (expected → guessed: text):")
            for miss in misses.prefix(missLimit) {
                let snippet = String(miss.text.split(whereSeparator: \.isNewline).joined(separator: " ").prefix(70))
                lines.append("  \(miss.expected) → \(miss.guessed ?? "none"): \(snippet)")
            }
            if misses.count > missLimit { lines.append("  … and \(misses.count - missLimit) more") }
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    fileprivate func leftPadding(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

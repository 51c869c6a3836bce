import Foundation
import SwiftCSV

/// Real sentences, grouped by language, from which the benchmark corpus is recombined.
///
/// Sentences come from the BASIL articles (English, 3–5 KB each) and both texts of every SemEval-2022
/// Task 8 pair (ten languages). Each sentence is kept once per language, so two recombined articles
/// share text only where they draw the same sentence.
struct SourceTexts: Sendable {
    /// One language's sentence pool and how many source documents it came from (its sampling weight).
    struct Pool: Sendable {
        var language: String
        var sentences: [String]
        var documents: Int
    }

    /// The pools, sorted by language code so that sampling is deterministic.
    var pools: [Pool]

    /// Sentences shorter than this many UTF-8 bytes (headings, bylines) are left out.
    static let shortestSentence = 40
    /// Sentences longer than this (lists run together, tables) are left out.
    static let longestSentence = 600

    /// Reads both data sets; a missing file is an error, since the corpus must be made of real text.
    static func load(basilPath: String, semevalPath: String) throws -> SourceTexts {
        var documents: [(language: String, text: String)] = []
        guard let basil = FileManager.default.contents(atPath: basilPath) else {
            throw CommandFailure("cannot read \(basilPath)")
        }
        for line in basil.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = object["text"] as? String
            else { continue }
            documents.append(((object["language"] as? String) ?? "en", text))
        }
        let csv: CSV<Named>
        do {
            csv = try CSV<Named>(url: URL(fileURLWithPath: semevalPath), delimiter: .comma, loadColumns: false)
        } catch {
            throw CommandFailure("cannot read \(semevalPath): \(error)")
        }
        for row in csv.rows {
            for column in ["1", "2"] {
                guard let language = row["lang" + column], let text = row["text" + column], !language.isEmpty
                else { continue }
                documents.append((language, text))
            }
        }
        return SourceTexts(documents: documents)
    }

    /// Splits `documents` into sentences and pools them by language.
    init(documents: [(language: String, text: String)]) {
        var sentences: [String: [String]] = [:]
        var seen: [String: Set<String>] = [:]
        var counts: [String: Int] = [:]
        for document in documents {
            counts[document.language, default: 0] += 1
            for sentence in Self.sentences(of: document.text)
            where seen[document.language, default: []].insert(sentence).inserted {
                sentences[document.language, default: []].append(sentence)
            }
        }
        pools = sentences.keys.sorted().compactMap { language in
            let pool = sentences[language] ?? []
            return pool.count < 50 ? nil : Pool(language: language, sentences: pool, documents: counts[language] ?? 0)
        }
    }

    /// The sentences of `text`: cut after `.`, `!` or `?` before a space, after `。`, `！` or `？`, and at
    /// line breaks; trimmed, and only those between ``shortestSentence`` and ``longestSentence`` bytes.
    static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var previousEndsSentence = false
        func flush() {
            let sentence = String(current).trimmingCharacters(in: .whitespaces)
            let length = sentence.utf8.count
            if length >= shortestSentence && length <= longestSentence { result.append(sentence) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                flush()
                previousEndsSentence = false
                continue
            }
            if previousEndsSentence && (scalar == " " || scalar == "\t") {
                flush()
                previousEndsSentence = false
                continue
            }
            current.append(scalar)
            switch scalar {
            case ".", "!", "?": previousEndsSentence = true
            case "。", "！", "？":
                flush()
                previousEndsSentence = false
            default: previousEndsSentence = false
            }
        }
        flush()
        return result
    }
}

import Foundation

/// Renders a ``MinHashBenchmark/Result`` as a table or as JSON lines.
struct MinHashBenchReport {
    var result: MinHashBenchmark.Result
    var permutations: Int
    var shingleSize: Int

    var signaturesPerSecond: Double { Double(result.articles) / result.signatureSeconds }
    var megabytesPerSecond: Double { Double(result.bytes) / 1e6 / result.signatureSeconds }
    var meanBytes: Double { Double(result.bytes) / Double(result.articles) }

    func table() -> String {
        let duplicates = result.duplicates
        let lsh = result.parameters
        let megabytes = format(Double(result.bytes) / 1e6, 1)
        let insertRate = format(Double(result.articles) / result.insertSeconds, 0)
        let queryRate = format(Double(result.articles) / result.querySeconds, 0)
        let candidatesPerQuery = format(Double(result.candidatesFound) / Double(result.articles), 2)
        var lines: [String] = []
        lines.append("corpus: \(result.articles) articles, \(megabytes) MB, mean \(format(meanBytes, 0)) bytes/article")
        lines.append(
            "parameters: \(permutations) permutations, word \(shingleSize)-shingles, threshold "
                + "\(format(duplicates.threshold, 2)) → \(lsh.bands) bands × \(lsh.rows) rows")
        lines.append("")
        lines.append("measurement (one core)          rate")
        lines.append(
            "signatures (incl. tokenising)   \(format(signaturesPerSecond, 0)) articles/s, "
                + "\(format(megabytesPerSecond, 1)) MB/s (\(format(result.signatureSeconds, 2)) s)")
        lines.append(
            "LSH insert                      \(insertRate) signatures/s (\(format(result.insertSeconds, 2)) s)")
        lines.append(
            "LSH query                       \(queryRate) queries/s (\(format(result.querySeconds, 2)) s, "
                + "\(candidatesPerQuery) candidates/query)")
        lines.append("")
        lines.append("duplicates: LSH candidates with estimated Jaccard ≥ threshold")
        lines.append(
            "candidate pairs \(duplicates.candidatePairs), verified pairs \(duplicates.verifiedPairs), "
                + "precision (same gold story) \(percent(duplicates.precision))")
        lines.append("labelled pairs         pairs   found  recall  mean exact Jaccard")
        for (name, tally) in duplicates.variants.sorted(by: { $0.key < $1.key }) {
            lines.append(row(name, tally))
        }
        lines.append(row("exact J ≥ threshold", duplicates.aboveThreshold))
        lines.append("")
        lines.append("peak resident memory: \(result.peakResidentBytes / 1_000_000) MB")
        return lines.joined(separator: "\n")
    }

    func jsonLines() throws -> [String] {
        let duplicates = result.duplicates
        var objects: [[String: Any]] = [
            [
                "bench": "signatures", "tool": "storyline", "articles": result.articles, "bytes": result.bytes,
                "seconds": result.signatureSeconds, "articles_per_second": signaturesPerSecond,
                "mb_per_second": megabytesPerSecond, "mean_bytes": meanBytes, "permutations": permutations,
                "shingle_size": shingleSize,
            ],
            [
                "bench": "lsh_insert", "tool": "storyline", "items": result.articles, "seconds": result.insertSeconds,
                "per_second": Double(result.articles) / result.insertSeconds, "bands": result.parameters.bands,
                "rows": result.parameters.rows,
            ],
            [
                "bench": "lsh_query", "tool": "storyline", "queries": result.articles, "seconds": result.querySeconds,
                "per_second": Double(result.articles) / result.querySeconds,
                "candidates_per_query": Double(result.candidatesFound) / Double(result.articles),
            ],
        ]
        var quality: [String: Any] = [
            "bench": "duplicates", "tool": "storyline", "threshold": duplicates.threshold,
            "candidate_pairs": duplicates.candidatePairs, "verified_pairs": duplicates.verifiedPairs,
            "precision": duplicates.precision, "recall_exact_jaccard_above_threshold": duplicates.aboveThreshold.recall,
            "peak_rss_bytes": result.peakResidentBytes,
        ]
        for (name, tally) in duplicates.variants {
            quality["recall_\(name)"] = tally.recall
            quality["pairs_\(name)"] = tally.pairs
            if let mean = tally.meanExactJaccard { quality["mean_exact_jaccard_\(name)"] = mean }
        }
        objects.append(quality)
        return try objects.map {
            String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    private func row(_ name: String, _ tally: DuplicateTally.VariantTally) -> String {
        name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(tally.pairs).leftPadded(8)
            + String(tally.found).leftPadded(8) + percent(tally.recall).leftPadded(8)
            + (tally.meanExactJaccard.map { format($0, 3) } ?? "-").leftPadded(20)
    }

    private func format(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }

    private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

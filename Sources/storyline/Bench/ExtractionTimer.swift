import StorylineExtract

/// Times the two halves of reading an HTML page, page by page on the calling thread.
struct ExtractionTimer {
    /// The median time of one page, in milliseconds, for each half; `read` fails on pages with no text.
    struct Timing {
        var read: Double
        var clean: Double
        var failed: Bool
    }

    var runs: Int

    func time(_ pages: [BenchPage]) -> [Timing] {
        let extractor = ArticleExtractor()
        let reader = HTMLArticleReader()
        var reads = [[Double]](repeating: [], count: pages.count)
        var cleans = [[Double]](repeating: [], count: pages.count)
        var failed = [Bool](repeating: false, count: pages.count)
        let clock = ContinuousClock()
        // Runs go over all pages in turn, so a page's runs are spread over time (and over noise).
        for _ in 0..<runs {
            for (index, page) in pages.enumerated() {
                let start = clock.now
                let draft = try? reader.read(page.bytes, url: page.url, file: page.file)
                let read = clock.now
                if let draft {
                    let cleaned = extractor.clean(PendingDraft(draft: draft, file: page.file, sourceKey: page.file))
                    _ = extractor.assemble(cleaned)
                } else {
                    failed[index] = true
                }
                let end = clock.now
                reads[index].append(Self.milliseconds(read - start))
                cleans[index].append(Self.milliseconds(end - read))
            }
        }
        return pages.indices.map { index in
            Timing(read: Self.median(reads[index]), clean: Self.median(cleans[index]), failed: failed[index])
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

import StorylineExtract

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Times the two halves of reading an HTML page, page by page on the calling thread.
///
/// Times are the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`) unless ``wallClock`` is set, so another
/// process on the machine does not count against a page by taking the core away, only by sharing caches.
struct ExtractionTimer {
    /// The median time of one page, in milliseconds, for each half; `read` fails on pages with no text.
    struct Timing {
        var read: Double
        var clean: Double
        /// Decoding and parsing alone (`HTMLDocument`), timed separately: the part of `read` that
        /// libxml2 used to do.
        var parse: Double
        var failed: Bool
    }

    var runs: Int
    /// Wall-clock time (`CLOCK_MONOTONIC`) instead of the thread's CPU time.
    var wallClock = false

    func time(_ pages: [BenchPage]) -> [Timing] {
        let extractor = ArticleExtractor()
        let reader = HTMLArticleReader()
        var reads = [[Double]](repeating: [], count: pages.count)
        var cleans = [[Double]](repeating: [], count: pages.count)
        var parses = [[Double]](repeating: [], count: pages.count)
        var failed = [Bool](repeating: false, count: pages.count)
        // Runs go over all pages in turn, so a page's runs are spread over time (and over noise).
        for _ in 0..<runs {
            for (index, page) in pages.enumerated() {
                let start = now()
                let draft = try? reader.read(page.bytes, url: page.url, file: page.file)
                let read = now()
                if let draft {
                    let cleaned = extractor.clean(PendingDraft(draft: draft, file: page.file, sourceKey: page.file))
                    _ = extractor.assemble(cleaned)
                } else {
                    failed[index] = true
                }
                let end = now()
                reads[index].append(read - start)
                cleans[index].append(end - read)
                let parseStart = now()
                withExtendedLifetime(HTMLDocument(bytes: page.bytes, url: page.url)) {}
                parses[index].append(now() - parseStart)
            }
        }
        return pages.indices.map { index in
            Timing(
                read: Self.median(reads[index]), clean: Self.median(cleans[index]), parse: Self.median(parses[index]),
                failed: failed[index])
        }
    }

    /// The calling thread's CPU time (or the wall-clock time) in milliseconds.
    func now() -> Double {
        var time = timespec()
        clock_gettime(wallClock ? CLOCK_MONOTONIC : CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

extension Fetcher {
    /// The largest robots.txt read; RFC 9309 asks crawlers to parse at least 500 KiB.
    static let robotsSizeLimit = 500 * 1024

    /// Throws unless the origin's robots.txt lets this crawler fetch `target`.
    func checkRobots(for target: FetchTarget, requested: String) async throws(FetchError) {
        guard configuration.obeysRobots, target.pathAndQuery != "/robots.txt" else { return }
        let entry = await robots.entry(for: target.origin) { [self] in await loadRobots(target.robotsURL) }
        if let reason = entry.unavailable {
            throw FetchError(
                .robotsUnavailable, "robots.txt unavailable (\(reason)); not fetching from this host in this run",
                url: requested)
        }
        if !entry.rules.allows(target.pathAndQuery) {
            throw FetchError(.blockedByRobots, "blocked by robots.txt", url: requested)
        }
    }

    /// Fetches and reads one robots.txt, as RFC 9309 §2.3.1 says: 2xx → its rules; 4xx → allow all;
    /// 5xx, 429 (as Google treats it) and no answer → disallow all for this run, after the same
    /// retries as any request; up to five redirects followed, more → allow all.
    func loadRobots(_ robotsURL: FetchTarget) async -> RobotsCache.Entry {
        var target = robotsURL
        var redirects = 0
        var tries = 0
        while true {
            tries += 1
            let exchange: HTTPExchange
            do throws(AttemptFailure) {
                exchange = try await attempt(target, extraHeaders: [])
            } catch {
                if case .fatal(let fatal) = error { return .init(rules: .disallowAll, unavailable: fatal.message) }
                if tries <= retryPolicy.retries {
                    await postponeForRetry(target, afterTry: tries, retryAfter: nil)
                    continue
                }
                return .init(rules: .disallowAll, unavailable: error.finalError(tries: tries, url: "").message)
            }
            switch exchange.status {
            case 200...299:
                return .init(rules: await rules(from: exchange, robotsURL: robotsURL, answeredBy: target))
            case 300...399:
                redirects += 1
                guard redirects <= 5, let location = exchange.header("location"),
                    let next = FetchTarget(location, relativeTo: target.url)
                else { return .init(rules: .allowAll) }
                target = next
            case 429, 500...599:
                if tries <= retryPolicy.retries {
                    let retryAfter = exchange.header("retry-after").flatMap { RetryAfter.seconds($0) }
                    if (retryAfter ?? 0) <= retryPolicy.maximumRetryAfter {
                        await postponeForRetry(target, afterTry: tries, retryAfter: retryAfter)
                        continue
                    }
                }
                let after = tries == 1 ? "" : " after \(tries) tries"
                return .init(rules: .disallowAll, unavailable: "HTTP \(exchange.status)\(after)")
            default:
                return .init(rules: .allowAll)
            }
        }
    }

    /// The rules of a robots.txt that was found; its `Crawl-delay` raises the host's spacing.
    private func rules(from exchange: HTTPExchange, robotsURL: FetchTarget, answeredBy target: FetchTarget) async
        -> RobotsRules
    {
        // A robots.txt over the cap is read up to the cap (its rules come first), not refused.
        let text = String(decoding: exchange.body.prefix(Self.robotsSizeLimit), as: UTF8.self)
        let rules = RobotsRules(parsing: text, for: configuration.robotsToken)
        if let delay = rules.crawlDelay, delay > configuration.hostDelay {
            let spacing = Duration.milliseconds(Int64(min(delay, configuration.maximumCrawlDelay) * 1000))
            await schedule.raiseSpacing(of: robotsURL.hostKey, to: spacing)
            if target.hostKey != robotsURL.hostKey { await schedule.raiseSpacing(of: target.hostKey, to: spacing) }
        }
        return rules
    }
}

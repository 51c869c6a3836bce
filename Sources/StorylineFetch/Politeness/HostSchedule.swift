/// Spaces the requests to each host: one at a time, each starting at least the host's delay after the
/// previous one finished.
///
/// A caller ``enter(_:)``s a host, waits until the returned instant, makes its request and
/// ``leave(_:)``s. Waiters are served first come, first served. The delay counts from the end of a
/// request, not its start, so a slow answer (or a slow connection set-up) never shortens the pause the
/// server sees. A robots.txt `Crawl-delay` raises a host's spacing (``raiseSpacing(of:to:)``); a
/// `Retry-After` or a backoff postpones the host's next start (``postpone(_:until:)``), so other
/// requests to that host wait as well.
actor HostSchedule {
    private struct Host {
        var busy = false
        var nextStart: ContinuousClock.Instant
        var spacing: Duration
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private var hosts: [String: Host] = [:]
    private let defaultSpacing: Duration

    init(spacing: Duration) {
        defaultSpacing = spacing
    }

    /// Waits until `host` is free and claims it; returns the instant the request may start.
    func enter(_ host: String) async -> ContinuousClock.Instant {
        let now = ContinuousClock.now
        if hosts[host] == nil { hosts[host] = Host(nextStart: now, spacing: defaultSpacing) }
        if hosts[host]!.busy {
            // `leave` hands the host over to the first waiter, still busy.
            await withCheckedContinuation { hosts[host]!.waiters.append($0) }
        } else {
            hosts[host]!.busy = true
        }
        let start = max(ContinuousClock.now, hosts[host]!.nextStart)
        hosts[host]!.nextStart = start + hosts[host]!.spacing
        return start
    }

    /// Releases `host` to the next waiter, who starts no sooner than the spacing from now.
    func leave(_ host: String) {
        guard hosts[host] != nil else { return }
        hosts[host]!.nextStart = max(hosts[host]!.nextStart, .now + hosts[host]!.spacing)
        if hosts[host]!.waiters.isEmpty {
            hosts[host]!.busy = false
        } else {
            hosts[host]!.waiters.removeFirst().resume()
        }
    }

    /// Raises the spacing of `host` (never lowers it below the default).
    func raiseSpacing(of host: String, to spacing: Duration) {
        let now = ContinuousClock.now
        var entry = hosts[host] ?? Host(nextStart: now, spacing: defaultSpacing)
        if spacing > entry.spacing {
            entry.nextStart = entry.nextStart + (spacing - entry.spacing)
            entry.spacing = spacing
        }
        hosts[host] = entry
    }

    /// No request to `host` starts before `instant`.
    func postpone(_ host: String, until instant: ContinuousClock.Instant) {
        let now = ContinuousClock.now
        var entry = hosts[host] ?? Host(nextStart: now, spacing: defaultSpacing)
        entry.nextStart = max(entry.nextStart, instant)
        hosts[host] = entry
    }
}

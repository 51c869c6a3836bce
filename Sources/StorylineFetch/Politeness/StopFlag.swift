import NIOConcurrencyHelpers

/// Set once to stop a fetcher after the requests in flight: waits in progress end, no new request starts.
final class StopFlag: Sendable {
    private let stopped = NIOLockedValueBox(false)

    var isStopped: Bool { stopped.withLockedValue { $0 } }

    func stop() { stopped.withLockedValue { $0 = true } }

    /// Sleeps until `deadline`, waking every 50 ms to see whether the flag was set or the task cancelled.
    /// - Returns: false when the sleep was cut short by a stop or a cancellation.
    func sleep(until deadline: ContinuousClock.Instant) async -> Bool {
        while true {
            if isStopped || Task.isCancelled { return false }
            let now = ContinuousClock.now
            if now >= deadline { return true }
            let slice = min(deadline - now, .milliseconds(50))
            do {
                try await Task.sleep(for: slice)
            } catch {
                return false
            }
        }
    }
}

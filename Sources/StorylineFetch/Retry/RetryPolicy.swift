/// When to try again: exponential backoff with jitter, or the server's `Retry-After`.
struct RetryPolicy: Sendable {
    var retries: Int
    var baseDelay: Double
    var maximumDelay: Double
    var maximumRetryAfter: Double

    init(_ configuration: FetcherConfiguration) {
        retries = configuration.retries
        baseDelay = configuration.retryBaseDelay
        maximumDelay = configuration.retryMaximumDelay
        maximumRetryAfter = configuration.maximumRetryAfter
    }

    /// Seconds to wait after the `failedTries`-th failed try: `base · 2^(n−1)`, capped, of which a random
    /// half is dropped ("equal jitter"), so that many clients hit by one outage do not retry in step.
    /// A `Retry-After` the server sent is a lower bound.
    func delay(afterTry failedTries: Int, retryAfter: Double?) -> Double {
        let exponential = baseDelay * Double(1 << min(max(failedTries - 1, 0), 20))
        let capped = min(maximumDelay, exponential)
        let jittered = capped / 2 + Double.random(in: 0...(capped / 2))
        return max(jittered, retryAfter ?? 0)
    }
}

import Foundation

extension Fetcher {
    /// One URL (no redirects followed) with retries: the response and the number of tries it took.
    /// Statuses other than 429 and 5xx are returned (the caller handles 3xx); 4xx become errors.
    func fetchWithRetries(
        _ target: FetchTarget, validators: HTTPValidators?, requested: String
    ) async throws(FetchError) -> (HTTPExchange, Int) {
        var tries = 0
        while true {
            tries += 1
            let failure: AttemptFailure
            var retryAfter: Double?
            do throws(AttemptFailure) {
                let exchange = try await attempt(target, extraHeaders: validators?.conditionalHeaders ?? [])
                if exchange.truncated {
                    throw .fatal(FetchError(.tooLarge, "too large (> \(configuration.maximumBodySize) bytes)"))
                }
                switch exchange.status {
                case 429, 500...599:
                    let waitHeader = exchange.header("retry-after").flatMap { RetryAfter.seconds($0) }
                    if let waitHeader, waitHeader > retryPolicy.maximumRetryAfter {
                        let message =
                            "HTTP \(exchange.status) (Retry-After \(Int(waitHeader)) s is over the "
                            + "\(Int(retryPolicy.maximumRetryAfter)) s limit)"
                        throw .fatal(FetchError(.httpStatus, message, status: exchange.status))
                    }
                    retryAfter = waitHeader
                    failure = .status(exchange.status)
                case 400...499:
                    throw .fatal(FetchError(.httpStatus, "HTTP \(exchange.status)", status: exchange.status))
                default:
                    return (exchange, tries)
                }
            } catch {
                failure = error
            }
            if case .fatal(let error) = failure { throw error.located(requested) }
            guard tries <= retryPolicy.retries else { throw failure.finalError(tries: tries, url: requested) }
            await postponeForRetry(target, afterTry: tries, retryAfter: retryAfter)
        }
    }

    /// Holds back the next request to the target's host by the backoff (or `Retry-After`): the host is
    /// struggling or asked for a pause, so other requests to it wait as well.
    func postponeForRetry(_ target: FetchTarget, afterTry tries: Int, retryAfter: Double?) async {
        let wait = retryPolicy.delay(afterTry: tries, retryAfter: retryAfter)
        await schedule.postpone(target.hostKey, until: .now + .milliseconds(Int64(wait * 1000)))
    }

    /// One request to `target`: waits for the host's turn and a free slot, sends, streams the body up
    /// to the cap within the time limit, and archives the exchange.
    func attempt(_ target: FetchTarget, extraHeaders: [(String, String)]) async throws(AttemptFailure) -> HTTPExchange {
        let start = await schedule.enter(target.hostKey)
        guard await stopFlag.sleep(until: start) else {
            await schedule.leave(target.hostKey)
            throw .fatal(FetchError(.stopped, "stopped before the request was sent"))
        }
        await slots.acquire()
        guard !stopFlag.isStopped else {
            await slots.release()
            await schedule.leave(target.hostKey)
            throw .fatal(FetchError(.stopped, "stopped before the request was sent"))
        }
        let result: Result<HTTPExchange, AttemptFailure>
        do throws(AttemptFailure) {
            result = .success(try await exchange(target, extraHeaders: extraHeaders))
        } catch {
            result = .failure(error)
        }
        await slots.release()
        await schedule.leave(target.hostKey)
        if case .success(let exchange) = result, let archive { archive.write(exchange) }
        return try result.get()
    }
}

/// Why one try failed, before retries are decided.
enum AttemptFailure: Error {
    case timedOut
    case cannotConnect(String)
    case status(Int)
    /// Not worth retrying: reported as it is.
    case fatal(FetchError)

    /// The error reported when no retry is left.
    func finalError(tries: Int, url: String) -> FetchError {
        let after = tries == 1 ? "" : " after \(tries) tries"
        switch self {
        case .timedOut: return FetchError(.timedOut, "timed out\(after)", url: url)
        case .cannotConnect(let reason):
            return FetchError(.cannotConnect, "cannot connect (\(reason))\(after)", url: url)
        case .status(let status): return FetchError(.httpStatus, "HTTP \(status)\(after)", url: url, status: status)
        case .fatal(let error): return error.located(url)
        }
    }
}

extension FetchError {
    /// The error about `url`, unless it already names one.
    func located(_ url: String) -> FetchError {
        var located = self
        located.url = located.url ?? url
        return located
    }
}

import Dispatch
import Foundation
import StorylineFetch

/// SIGINT and SIGTERM stop a fetcher cleanly: requests in flight finish, nothing new starts, and the
/// command saves its state before exiting. A second signal exits at once (the state file is written
/// atomically, so it is never left half-written).
final class StopSignals: @unchecked Sendable {
    // Only touched on `queue`.
    private var sources: [any DispatchSourceSignal] = []
    private var received = 0
    private let queue = DispatchQueue(label: "storyline.signals")

    /// Starts catching SIGINT and SIGTERM for `fetcher`.
    init(stopping fetcher: Fetcher) {
        queue.sync {
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [unowned self] in
                    received += 1
                    if received > 1 { exit(128 + number) }
                    StandardError.print("stopping after the requests in flight (signal again to quit at once)")
                    fetcher.stop()
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Restores the default handling.
    func cancel() {
        queue.sync {
            for source in sources { source.cancel() }
            sources = []
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
    }
}

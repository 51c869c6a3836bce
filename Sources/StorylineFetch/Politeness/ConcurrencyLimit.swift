/// A counting semaphore for `async` code: at most `limit` holders at once, waiters served in order.
actor ConcurrencyLimit {
    private let limit: Int
    private var holders = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(_ limit: Int) {
        precondition(limit > 0, "the limit must be positive")
        self.limit = limit
    }

    func acquire() async {
        if holders < limit {
            holders += 1
            return
        }
        // `release` hands its place over, so `holders` stays the same.
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty {
            holders -= 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}

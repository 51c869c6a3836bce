/// Each origin's robots.txt rules, fetched once per run (concurrent askers share the one fetch).
actor RobotsCache {
    /// What reading one robots.txt gave: the rules, and why they are "disallow all" when unreadable.
    struct Entry: Sendable {
        var rules: RobotsRules
        /// Set when robots.txt could not be read (5xx, 429, unreachable): e.g. `HTTP 503`.
        var unavailable: String?
    }

    private var entries: [String: Task<Entry, Never>] = [:]

    /// The rules for `origin` (`https://example.com:443`), loading them with `load` the first time.
    func entry(for origin: String, load: @escaping @Sendable () async -> Entry) async -> Entry {
        if let task = entries[origin] { return await task.value }
        let task = Task { await load() }
        entries[origin] = task
        return await task.value
    }
}

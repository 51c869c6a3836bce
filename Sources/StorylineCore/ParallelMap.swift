/// Order-preserving parallel map over chunks of a collection, with a task group: the pipeline-level
/// parallelism the stages rely on (each stage itself is sequential and `Sendable`).
public enum ParallelMap {
    /// `transform` applied to every element of `items`, in order, using up to all cores.
    ///
    /// - Parameter chunkSize: elements per task; larger chunks cost less scheduling, smaller ones
    ///   balance uneven work better.
    public static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], chunkSize: Int = 16, _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        guard items.count > chunkSize else { return items.map(transform) }
        let chunks = stride(from: 0, to: items.count, by: chunkSize).map { start in
            start..<min(start + chunkSize, items.count)
        }
        let parts = await withTaskGroup(of: (Int, [Result]).self) { group in
            for (number, range) in chunks.enumerated() {
                let slice = Array(items[range])
                group.addTask { (number, slice.map(transform)) }
            }
            var collected = [[Result]](repeating: [], count: chunks.count)
            for await (number, part) in group { collected[number] = part }
            return collected
        }
        return parts.flatMap { $0 }
    }
}

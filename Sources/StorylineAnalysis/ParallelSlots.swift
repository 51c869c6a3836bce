import Synchronization

/// One slot per item that parallel workers (`DispatchQueue.concurrentPerform`) fill behind a lock:
/// how a story's articles are processed on all cores and collected in order.
final class ParallelSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: Value) {
        slots.withLock { $0[index] = value }
    }

    /// Every slot's value, in order; every slot must have been set.
    var values: [Value] {
        slots.withLock { $0.map { $0! } }
    }
}

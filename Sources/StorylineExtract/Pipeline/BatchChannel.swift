import Foundation

/// A bounded queue from one producing task to one consuming task, in order.
///
/// ``ArticleStream`` reads and cleans the next batch while its consumer works on the current one:
/// the sequential parts of either side (reading lines, counting outlet boilerplate, the consumer's
/// own bookkeeping) then overlap with the other side's parallel work instead of idling a core. The
/// bound keeps memory at a few batches. A lock, not an actor: every call is a handful of
/// instructions, and ``close()`` must be callable from synchronous code.
final class BatchChannel<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var buffer: [Element] = []
    /// The producer will send nothing more.
    private var finished = false
    /// The consumer takes nothing more: sends are dropped.
    private var closed = false
    private var waitingSender: (element: Element, continuation: CheckedContinuation<Bool, Never>)?
    private var waitingReceiver: CheckedContinuation<Element?, Never>?

    /// A channel holding up to `capacity` elements that nobody has taken yet.
    init(capacity: Int) {
        precondition(capacity > 0, "capacity must be positive")
        self.capacity = capacity
    }

    /// Whether the consumer has stopped taking elements.
    var isClosed: Bool {
        lock.withLock { closed }
    }

    /// Hands `element` on, waiting while the channel is full; false when the consumer has stopped.
    func send(_ element: Element) async -> Bool {
        await withCheckedContinuation { continuation in
            lock.lock()
            if closed {
                lock.unlock()
                continuation.resume(returning: false)
            } else if let receiver = waitingReceiver {
                waitingReceiver = nil
                lock.unlock()
                receiver.resume(returning: element)
                continuation.resume(returning: true)
            } else if buffer.count < capacity {
                buffer.append(element)
                lock.unlock()
                continuation.resume(returning: true)
            } else {
                waitingSender = (element, continuation)
                lock.unlock()
            }
        }
    }

    /// The next element, waiting for one; nil once the producer has finished and all are taken.
    func next() async -> Element? {
        await withCheckedContinuation { continuation in
            lock.lock()
            if !buffer.isEmpty {
                let element = buffer.removeFirst()
                let sender = waitingSender
                if let sender {
                    buffer.append(sender.element)
                    waitingSender = nil
                }
                lock.unlock()
                sender?.continuation.resume(returning: true)
                continuation.resume(returning: element)
            } else if finished {
                lock.unlock()
                continuation.resume(returning: nil)
            } else {
                waitingReceiver = continuation
                lock.unlock()
            }
        }
    }

    /// Called by the producer after its last ``send(_:)``.
    func finish() {
        lock.lock()
        finished = true
        let receiver = buffer.isEmpty ? waitingReceiver : nil
        if receiver != nil { waitingReceiver = nil }
        lock.unlock()
        receiver?.resume(returning: nil)
    }

    /// Called by the consumer when it stops early: a waiting and every later send returns false.
    func close() {
        lock.lock()
        closed = true
        buffer = []
        let sender = waitingSender
        waitingSender = nil
        lock.unlock()
        sender?.continuation.resume(returning: false)
    }
}

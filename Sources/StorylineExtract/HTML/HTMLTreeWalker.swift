/// Walks a subtree in document order without recursion, reporting when each node is entered and left.
///
/// Uses the tree's parent links and subtree ranges instead of a stack, so memory stays constant and a
/// page nested a hundred thousand levels deep cannot overflow the stack. Call ``skipChildren()`` right after
/// an `.enter` to step over that node's subtree (its `.leave` still comes).
///
/// ```swift
/// var walker = HTMLTreeWalker(root: body)
/// while let event = walker.next() {
///     if case .enter(let node) = event, node.name == "script" { walker.skipChildren() }
/// }
/// ```
public struct HTMLTreeWalker {
    /// One step of the walk.
    public enum Event {
        /// The walk reached `node`; its children (if any) come next.
        case enter(HTMLNode)
        /// The walk finished `node` and everything under it.
        case leave(HTMLNode)
    }

    private let root: HTMLNode
    private var last: Event?
    private var finished = false
    private var skipping = false

    /// A walk over `root` and everything under it.
    public init(root: HTMLNode) {
        self.root = root
    }

    /// Steps over the children of the node just entered.
    public mutating func skipChildren() {
        skipping = true
    }

    /// The next event, or nil when the walk has left `root`.
    public mutating func next() -> Event? {
        guard !finished else { return nil }
        let event: Event
        switch last {
        case nil:
            event = .enter(root)
        case .enter(let node):
            if !skipping, let child = node.firstChild {
                event = .enter(child)
            } else {
                event = .leave(node)
            }
        case .leave(let node):
            if node == root {
                finished = true
                return nil
            }
            if let sibling = node.nextSibling {
                event = .enter(sibling)
            } else if let parent = node.parent {
                event = .leave(parent)
            } else {
                finished = true
                return nil
            }
        }
        skipping = false
        last = event
        return event
    }
}

/// One node of an ``HTMLDocument``: an element or a run of text.
///
/// A lightweight handle: the node's entry in the document's arrays and a strong reference to the
/// document, so it stays valid as long as it exists. Equal when it points at the same node. Comments and
/// doctypes are not kept in the tree.
public struct HTMLNode: Hashable {
    let index: Int32
    let document: HTMLDocument

    init(_ index: Int32, in document: HTMLDocument) {
        self.index = index
        self.document = document
    }

    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool {
        lhs.index == rhs.index && lhs.document === rhs.document
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    private var arena: HTMLArena { document.arena }

    /// True for element nodes (`<p>`, `<div>` …).
    public var isElement: Bool { !arena.isText(Int(index)) }

    /// True for text nodes (CDATA sections in SVG and MathML included).
    public var isText: Bool { arena.isText(Int(index)) }

    /// The lowercased element name (`"p"`, `"div"`); empty for nodes that are not elements.
    public var name: String { document.name(of: Int(index)) }

    /// The value of attribute `name` (HTML attribute names are lowercase), or nil when absent.
    public func attribute(_ name: String) -> String? {
        guard isElement else { return nil }
        var key = name.lowercased()
        let found = key.withUTF8 { arena.attribute(Int(index), named: $0) }
        guard found >= 0 else { return nil }
        return String(decoding: arena.attributeValueBuffer(found), as: UTF8.self)
    }

    /// All attributes of an element as (name, value) pairs, in source order (the first of duplicates).
    public var attributes: [(name: String, value: String)] {
        arena.attributeRange(Int(index)).map { attribute in
            (
                String(decoding: arena.attributeNameBuffer(attribute), as: UTF8.self),
                String(decoding: arena.attributeValueBuffer(attribute), as: UTF8.self)
            )
        }
    }

    /// The node's own text for text nodes; nil otherwise.
    public var text: String? {
        guard isText else { return nil }
        return String(decoding: arena.textBuffer(Int(index)), as: UTF8.self)
    }

    /// All text under this node, concatenated (white space as is). Script and style contents are not part
    /// of the tree, except the text of JSON-LD scripts.
    public var textContent: String {
        let start = Int(index)
        let end = Int(arena.ends[start])
        var bytes: [UInt8] = []
        for node in start..<end where arena.isText(node) {
            bytes.append(contentsOf: arena.textBuffer(node))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The parent node, or nil at the root element.
    public var parent: HTMLNode? {
        let parent = arena.parents[Int(index)]
        return parent >= 0 ? HTMLNode(parent, in: document) : nil
    }

    /// The first child, when this node is an element with children.
    public var firstChild: HTMLNode? {
        let child = arena.firstChild(Int(index))
        return child >= 0 ? HTMLNode(Int32(child), in: document) : nil
    }

    /// The next node with the same parent.
    public var nextSibling: HTMLNode? {
        let sibling = arena.nextSibling(Int(index))
        return sibling >= 0 ? HTMLNode(Int32(sibling), in: document) : nil
    }

    /// The direct children, in order.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = firstChild
        while let current = child {
            result.append(current)
            child = current.nextSibling
        }
        return result
    }

    /// The element's `class` and `id` attributes, lowercased and joined by a space.
    public var classAndID: String {
        [attribute("class"), attribute("id")].compactMap { $0 }.joined(separator: " ").lowercased()
    }

    /// Whether `ancestor` is this node or one of its parents.
    public func isInside(_ ancestor: HTMLNode) -> Bool {
        ancestor.document === document && ancestor.index <= index && index < arena.ends[Int(ancestor.index)]
    }

    /// The elements under this node (this node included) in document order.
    public func descendantElements(named name: String? = nil) -> [HTMLNode] {
        let start = Int(index)
        let end = Int(arena.ends[start])
        var result: [HTMLNode] = []
        for node in start..<end where !arena.isText(node) {
            if name == nil || document.name(of: node) == name { result.append(HTMLNode(Int32(node), in: document)) }
        }
        return result
    }
}

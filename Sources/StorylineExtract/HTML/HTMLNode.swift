import CLibXML2

/// One node of an ``HTMLDocument``: an element, a run of text, a comment or another libxml2 node kind.
///
/// A lightweight handle: it holds the node's address and a strong reference to its document, so it stays
/// valid as long as it exists. Equal when it points at the same node.
public struct HTMLNode: Hashable {
    let pointer: xmlNodePtr
    let document: HTMLDocument

    init(_ pointer: xmlNodePtr, in document: HTMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

    /// True for element nodes (`<p>`, `<div>` …).
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// True for text and CDATA nodes.
    public var isText: Bool {
        pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The lowercased element name (`"p"`, `"div"`); empty for nodes that are not elements.
    public var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The value of attribute `name` (HTML attribute names are lowercase), or nil when absent.
    public func attribute(_ name: String) -> String? {
        guard isElement, let value = xmlGetProp(pointer, name) else { return nil }
        defer { storyline_xmlFree(value) }
        return String(cString: value)
    }

    /// All attributes of an element as (name, value) pairs, in source order.
    public var attributes: [(name: String, value: String)] {
        guard isElement else { return [] }
        var result: [(name: String, value: String)] = []
        var property = pointer.pointee.properties
        while let current = property {
            if let name = current.pointee.name {
                let key = String(cString: name)
                result.append((key.lowercased(), attribute(key) ?? ""))
            }
            property = current.pointee.next
        }
        return result
    }

    /// The node's own text for text nodes (not copied by libxml2, so nothing to free); nil otherwise.
    public var text: String? {
        guard isText, let content = pointer.pointee.content else { return nil }
        return String(cString: content)
    }

    /// All text under this node, concatenated as libxml2 stores it (scripts included, white space as is).
    public var textContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { storyline_xmlFree(content) }
        return String(cString: content)
    }

    /// The parent node, or nil at the root element.
    public var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(parent, in: document)
    }

    /// The first child, when this node is an element with children.
    public var firstChild: HTMLNode? {
        guard isElement, let child = pointer.pointee.children else { return nil }
        return HTMLNode(child, in: document)
    }

    /// The next node with the same parent.
    public var nextSibling: HTMLNode? {
        pointer.pointee.next.map { HTMLNode($0, in: document) }
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
        var current: HTMLNode? = self
        while let node = current {
            if node == ancestor { return true }
            current = node.parent
        }
        return false
    }

    /// The elements under this node (this node included) in document order; iterative.
    public func descendantElements(named name: String? = nil) -> [HTMLNode] {
        var result: [HTMLNode] = []
        var walker = HTMLTreeWalker(root: self)
        while let event = walker.next() {
            if case .enter(let node) = event, node.isElement, name == nil || node.name == name {
                result.append(node)
            }
        }
        return result
    }
}

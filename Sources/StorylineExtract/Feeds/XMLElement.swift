import CLibXML2
import Foundation
import StorylineCore

/// One element of an ``XMLTree``: its name and namespace, attributes, child elements and text.
///
/// A lightweight handle that keeps its tree alive. Names are matched by namespace URI, never by prefix;
/// only an element whose prefix the document never declared (`<content:encoded>` in a feed that forgot
/// `xmlns:content`) falls back to the prefix's well-known namespace (``FeedNamespace/uri(forPrefix:)``).
struct XMLElement {
    let pointer: xmlNodePtr
    let tree: XMLTree

    init(_ pointer: xmlNodePtr, in tree: XMLTree) {
        self.pointer = pointer
        self.tree = tree
    }

    /// The name without its prefix (`encoded` for `content:encoded`).
    var localName: String {
        guard let name = pointer.pointee.name else { return "" }
        let full = String(cString: name)
        guard pointer.pointee.ns == nil, let colon = full.firstIndex(of: ":") else { return full }
        return String(full[full.index(after: colon)...])
    }

    /// The namespace URI, or nil for an element in no namespace.
    var namespaceURI: String? {
        if let href = pointer.pointee.ns?.pointee.href { return String(cString: href) }
        // libxml2 keeps `prefix:name` as the whole name when the prefix was never declared.
        guard let name = pointer.pointee.name else { return nil }
        let full = String(cString: name)
        guard let colon = full.firstIndex(of: ":") else { return nil }
        return FeedNamespace.uri(forPrefix: String(full[..<colon]))
    }

    /// Whether this element is `name` in `namespace` (nil: no namespace).
    func isNamed(_ name: String, in namespace: String?) -> Bool {
        localName == name && namespaceURI == namespace
    }

    /// Whether this element is `name` in one of `namespaces` (nil among them: no namespace).
    func isNamed(_ name: String, in namespaces: [String?]) -> Bool {
        localName == name && namespaces.contains(namespaceURI)
    }

    /// The child elements, in order.
    var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(current, in: tree)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first child element named `name` in one of `namespaces`.
    func child(_ name: String, in namespaces: [String?]) -> XMLElement? {
        children.first { $0.isNamed(name, in: namespaces) }
    }

    /// The trimmed text of the first child element `name` in one of `namespaces` that has any.
    func childText(_ name: String, in namespaces: [String?]) -> String? {
        children.lazy.filter { $0.isNamed(name, in: namespaces) }.compactMap(\.trimmedText).first
    }

    /// The value of attribute `name` in `namespace` (nil: an unprefixed attribute), entities as in ``text``.
    /// With `ignoringCase`, the name matches in any letter case (OPML files write `xmlUrl` and `xmlURL`).
    func attribute(_ name: String, in namespace: String? = nil, ignoringCase: Bool = false) -> String? {
        let wanted = ignoringCase ? name.lowercased() : name
        var property = pointer.pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name,
                (ignoringCase ? String(cString: attributeName).lowercased() : String(cString: attributeName)) == wanted
            {
                let attributeNamespace = current.pointee.ns?.pointee.href.map { String(cString: $0) }
                if attributeNamespace == namespace {
                    return Self.text(from: current.pointee.children, below: UnsafeMutableRawPointer(current))
                }
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The trimmed value of attribute `name`, nil when absent or blank.
    func trimmedAttribute(_ name: String, in namespace: String? = nil, ignoringCase: Bool = false) -> String? {
        attribute(name, in: namespace, ignoringCase: ignoringCase).map { $0.trimmingWhitespace() }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    /// All text under this element, as the XML parser decoded it (CDATA included).
    ///
    /// Entity references the parser left in the tree (to entities the document's own DTD declares) are
    /// never expanded but dropped; HTML names used undeclared were made characters before parsing
    /// (``XMLEntityRepair``).
    var text: String {
        Self.text(from: pointer.pointee.children, below: UnsafeMutableRawPointer(pointer))
    }

    /// ``text`` trimmed, nil when blank.
    var trimmedText: String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The `xml:lang` in force here (inherited from ancestors), if any.
    var language: String? {
        guard let value = xmlNodeGetLang(pointer) else { return nil }
        defer { storyline_xmlFree(value) }
        return String(cString: value)
    }

    /// `reference` made absolute against the `xml:base` in force here and the document's address.
    func resolve(_ reference: String) -> String {
        guard let base = xmlNodeGetBase(tree.pointer, pointer) else { return reference }
        defer { storyline_xmlFree(base) }
        // Foundation resolves: the shim does not bring in libxml2's uri.h (xmlBuildURI).
        guard let baseURL = URL(string: String(cString: base)),
            let resolved = URL(string: reference, relativeTo: baseURL)
        else { return reference }
        return resolved.absoluteString
    }

    /// The markup of this element's content (its children serialised), for XHTML content in Atom.
    var innerMarkup: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = pointer.pointee.children
        while let current = child {
            _ = xmlNodeDump(buffer, tree.pointer, current, 0, 0)
            child = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The text of the nodes from `first` on and everything under them, walking without recursion and
    /// stopping when the walk climbs back to `parent`. Entity references (and the entity declarations
    /// they point to) are skipped, never descended into.
    private static func text(from first: xmlNodePtr?, below parent: UnsafeMutableRawPointer) -> String {
        var result = ""
        var node = first
        while let current = node {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result += String(cString: content) }
            case XML_ELEMENT_NODE:
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            default:
                break
            }
            // Next: the sibling, or the sibling of the nearest ancestor that has one.
            var climbing = current
            node = nil
            while true {
                if let sibling = climbing.pointee.next {
                    node = sibling
                    break
                }
                guard let up = climbing.pointee.parent, UnsafeMutableRawPointer(up) != parent else { break }
                climbing = up
            }
        }
        return result
    }
}

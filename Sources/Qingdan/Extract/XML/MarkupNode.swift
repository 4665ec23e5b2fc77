import CLibXML2

/// A node of a `MarkupDocument`. Holds its document, so the tree stays alive while a node is used.
struct MarkupNode {
    enum Kind: Equatable {
        case element, text, other
    }

    let pointer: xmlNodePtr
    let document: MarkupDocument

    var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        // CDATA reads as text in both HTML and WordprocessingML.
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        default: return .other
        }
    }

    /// Local name (lower-case for HTML elements, as libxml2's HTML parser folds them).
    var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// Namespace URI of the element, nil when it has none.
    var namespace: String? {
        pointer.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// Character data of a text node; empty for other kinds.
    var text: String {
        guard kind == .text, let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    var parent: MarkupNode? {
        pointer.pointee.parent.flatMap { parent in
            parent.pointee.type == XML_ELEMENT_NODE ? MarkupNode(pointer: parent, document: document) : nil
        }
    }

    var children: MarkupChildren {
        MarkupChildren(first: pointer.pointee.children, document: document)
    }

    /// Child elements only.
    var elements: [MarkupNode] {
        children.filter { $0.kind == .element }
    }

    /// The value of the attribute `name` (any namespace unless `namespace` is given), nil when absent.
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        var property = pointer.pointee.properties
        while let attribute = property {
            defer { property = attribute.pointee.next }
            guard let attributeName = attribute.pointee.name, String(cString: attributeName) == name else { continue }
            if let namespace, attribute.pointee.ns?.pointee.href.map({ String(cString: $0) }) != namespace { continue }
            var value = ""
            var child = attribute.pointee.children
            while let node = child {
                if let content = node.pointee.content { value += String(cString: content) }
                child = node.pointee.next
            }
            return value
        }
        return nil
    }

    /// True when both refer to the same node of the same tree.
    func isSame(as other: MarkupNode) -> Bool {
        pointer == other.pointer
    }
}

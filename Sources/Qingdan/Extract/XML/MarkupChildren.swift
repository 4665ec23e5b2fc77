import CLibXML2

/// The children of a node, walked through libxml2's sibling links.
struct MarkupChildren: Sequence {
    let first: xmlNodePtr?
    let document: MarkupDocument

    func makeIterator() -> Iterator {
        Iterator(upcoming: first, document: document)
    }

    struct Iterator: IteratorProtocol {
        var upcoming: xmlNodePtr?
        let document: MarkupDocument

        mutating func next() -> MarkupNode? {
            guard let current = upcoming else { return nil }
            upcoming = current.pointee.next
            return MarkupNode(pointer: current, document: document)
        }
    }
}

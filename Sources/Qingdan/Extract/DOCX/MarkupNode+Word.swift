extension MarkupNode {
    /// True for the WordprocessingML element `w:<name>`.
    func isWord(_ name: String) -> Bool {
        kind == .element && self.name == name && namespace.map(WordprocessingML.namespaces.contains) == true
    }

    /// True for any `w:` element.
    var isWordElement: Bool {
        kind == .element && namespace.map(WordprocessingML.namespaces.contains) == true
    }

    /// The `w:val` of the child `w:<name>` (as in `<w:gridSpan w:val="2"/>`); nil when the child is absent,
    /// "" when it has no value.
    func wordProperty(_ name: String) -> String? {
        guard let child = elements.first(where: { $0.isWord(name) }) else { return nil }
        return child.attribute("val") ?? ""
    }

    /// A `w:` on/off property: present without a value, or with true/1/on, means on.
    func wordFlag(_ name: String) -> Bool {
        guard let value = wordProperty(name) else { return false }
        return !["false", "0", "off"].contains(value)
    }

    /// Child `w:` elements, looking through the wrappers Word puts around rows, cells and blocks
    /// (content controls `w:sdt`, custom XML).
    var wordBlocks: [MarkupNode] {
        elements.flatMap { child -> [MarkupNode] in
            if child.isWord("sdt") {
                return child.elements.filter { $0.isWord("sdtContent") }.flatMap(\.wordBlocks)
            }
            if child.isWord("customXml") { return child.wordBlocks }
            return child.isWordElement ? [child] : []
        }
    }
}

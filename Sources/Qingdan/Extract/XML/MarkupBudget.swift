/// Work libxml2 is allowed before it is handed a document, counted by a scan of the bytes.
///
/// libxml2 2.9.14 checks each new attribute against the element's earlier ones: one element with
/// 200,000 attributes (a 531 KB DOCX, a 2.4 MB page) ran for minutes, 40,000 took 12.5 s. And every
/// element becomes a tree node of a hundred-odd bytes: 50 MB of empty `<w:p/>` peaked at 1.6 GB.
/// A list, even of a thousand pages, stays far below both limits.
struct MarkupBudget {
    /// Attributes on one element: Word writes fewer than 20, web pages seldom more than 30.
    static let attributesPerElement = 1_000
    /// Elements in one document: a 1,000-page list in Word has about half a million.
    static let elements = 4_000_000
    /// The attribute comparisons all elements together cost libxml2 (the sum of squared counts):
    /// about a second of parsing.
    static let attributeWork = 1 << 27

    /// Why `bytes` is over budget, or nil when it is within it.
    ///
    /// Counts `<` followed by a name start as an element and, inside such a tag, each `=` outside
    /// quotes as an attribute; comments, CDATA and processing instructions are skipped whole. An
    /// over-count is harmless (the limits are far above real documents).
    static func excess(in bytes: UnsafeRawBufferPointer) -> String? {
        var elements = 0
        var work = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            index += 1
            guard index < count else { break }
            let next = bytes[index]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                index = skipDeclaration(bytes, from: index)
                continue
            }
            guard isNameStart(next) else { continue }
            elements += 1
            if elements > Self.elements {
                return "more than \(Self.elements) elements"
            }
            var attributes = 0
            var quote: UInt8 = 0
            while index < count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "=") {
                    attributes += 1
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                index += 1
            }
            if attributes > Self.attributesPerElement {
                return "an element with \(attributes) attributes (more than \(Self.attributesPerElement))"
            }
            work += attributes * attributes
            if work > Self.attributeWork {
                return "too many attributes in all (elements with hundreds of attributes each)"
            }
        }
        return nil
    }

    /// Past `<!-- … -->`, `<![CDATA[ … ]]>` or any other `<!…>` / `<?…?>` starting at `index`.
    private static func skipDeclaration(_ bytes: UnsafeRawBufferPointer, from index: Int) -> Int {
        let terminator: [UInt8]
        if matches(bytes, at: index, "!--") { terminator = Array("-->".utf8) }
        else if matches(bytes, at: index, "![CDATA[") { terminator = Array("]]>".utf8) }
        else { terminator = [UInt8(ascii: ">")] }
        var position = index + 1
        while position < bytes.count {
            if bytes[position] == terminator[terminator.count - 1], position + 1 >= terminator.count {
                let start = position + 1 - terminator.count
                if start >= index, terminator.indices.allSatisfy({ bytes[start + $0] == terminator[$0] }) {
                    return position + 1
                }
            }
            position += 1
        }
        return bytes.count
    }

    private static func matches(_ bytes: UnsafeRawBufferPointer, at index: Int, _ text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return pattern.indices.allSatisfy { bytes[index + $0] == pattern[$0] }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }
}

/// Header wording printed inside the rows: a header repeated at a page break that a reader took
/// for data (序号 cell "18\n序号"), or a second header row read as an item. A data cell never
/// holds its own column's header as a line of its own.
struct HeaderInRowCheck: Sendable {
    /// Cells of a row that read as header wordings: a header row read as an item has most of
    /// them; two already mean the row is not data (序号 | 事项名称 read as an item).
    static let headerCellsOfARow = 2

    /// Each column's header folded (`HeaderVocabulary.folded`), once per list.
    private let foldedHeaders: [String]

    init(columns: [Column]) {
        foldedHeaders = columns.map { HeaderVocabulary.folded($0.header) }
    }

    /// `texts`: the item's cells under `columns` (`Item.texts(under:headersAreDistinct:)`), the
    /// columns this check was made for.
    func findings(in item: Item, columns: [Column], texts: [String?]) -> [Finding] {
        var findings: [Finding] = []
        var headerCells = 0
        for (index, column) in columns.enumerated() {
            guard let text = texts[index], !CellText.isBlank(text) else { continue }
            if HeaderVocabulary.isWordingOrGroup(text) { headerCells += 1 }
            if Self.holdsOwnHeaderLine(text, folded: foldedHeaders[index]) {
                findings.append(Finding(.error, "text.header-in-row", item: item.number, column: column.header,
                                        .headerInCell(item: item.number, column: column.header)))
            }
        }
        if headerCells >= Self.headerCellsOfARow {
            findings.append(Finding(.error, "text.header-in-row", item: item.number,
                                    .headerRowAsItem(item: item.number, cells: headerCells)))
        }
        return findings
    }

    /// Whether `text` has more than one line and one of them, folded, is `header` folded. A line
    /// longer than the header is told after its first bytes, not folded whole.
    static func holdsOwnHeaderLine(_ text: String, header: String) -> Bool {
        holdsOwnHeaderLine(text, folded: HeaderVocabulary.folded(header))
    }

    /// `holdsOwnHeaderLine(_:header:)` with the header folded already.
    static func holdsOwnHeaderLine(_ text: String, folded own: String) -> Bool {
        // Over the cell's own bytes while each scalar is its own Character: each line folded and
        // compared with the header's folding as it goes, no line or folding made (callgrind: the
        // lines and their foldings were most of the validators' instructions).
        let simple = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            own.utf8.withContiguousStorageIfAvailable { Self.holdsLine(folding: $0, in: bytes) } ?? nil
        }
        if let simple, let simple { return simple }
        let lines = CellText.lines(of: text)
        guard lines.count > 1 else { return false }
        let limit = own.utf8.count
        return lines.contains { $0.foldingSpacesAndParentheses(atMost: limit) == own }
    }

    /// Whether `bytes` has more than one line (as `CellText.lines` cuts them) and one of them
    /// folds (`SpaceParenthesisFolding`) to exactly `folded`; nil (undecided) when a scalar is not
    /// its own Character or a CR (which joins a LF after it).
    private static func holdsLine(folding folded: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var lines = 0
        var found = false
        // Where the current line's folding stands against `folded`: bytes matched, or nil once it differs.
        var matched: Int? = 0
        var lineIsEmpty = true
        var offset = 0
        let count = bytes.count
        func endLine() {
            if !lineIsEmpty {
                lines += 1
                if matched == folded.count { found = true }
            }
            matched = 0
            lineIsEmpty = true
        }
        // Every scalar its own Character (and no CR): a line that differs from the header is
        // passed over to its line break unread.
        guard SimpleScalars.all(utf8: bytes) else { return nil }
        while offset < count {
            let lead = bytes[offset]
            if lead == 0x0A {
                endLine()
                offset += 1
                continue
            }
            lineIsEmpty = false
            guard matched != nil else {
                while offset < count, bytes[offset] != 0x0A { offset += 1 }
                continue
            }
            let (step, length) = SpaceParenthesisFolding.step(bytes, at: offset)
            defer { offset += length }
            switch step {
            case .needsGraphemes: return nil
            case .drop: continue
            case .keep:
                guard let at = matched else { continue }
                guard at + length <= folded.count else {
                    matched = nil
                    continue
                }
                var same = true
                for k in 0..<length where folded[at + k] != bytes[offset + k] { same = false }
                matched = same ? at + length : nil
            case .widen(let last):
                guard let at = matched else { continue }
                matched = at + 3 <= folded.count && folded[at] == SpaceParenthesisFolding.fullWidthLead.0
                    && folded[at + 1] == SpaceParenthesisFolding.fullWidthLead.1 && folded[at + 2] == last ? at + 3 : nil
            }
        }
        endLine()
        return lines > 1 && found
    }
}

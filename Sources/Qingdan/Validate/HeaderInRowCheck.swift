/// Header wording printed inside the rows: a header repeated at a page break that a reader took
/// for data (序号 cell "18\n序号"), or a second header row read as an item. A data cell never
/// holds its own column's header as a line of its own.
struct HeaderInRowCheck: Sendable {
    /// Cells of a row that read as header wordings: a header row read as an item has most of
    /// them; two already mean the row is not data (序号 | 事项名称 read as an item).
    static let headerCellsOfARow = 2

    func findings(in item: Item, columns: [Column]) -> [Finding] {
        var findings: [Finding] = []
        var headerCells = 0
        for column in columns {
            guard let text = item.cell(column.header), !CellText.isBlank(text) else { continue }
            if HeaderVocabulary.isWordingOrGroup(text) { headerCells += 1 }
            if Self.holdsOwnHeaderLine(text, header: column.header) {
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
        let own = HeaderVocabulary.folded(header)
        // Over the cell's own bytes where each scalar is its own Character: each line folded and
        // compared with the header's folding as it goes, no line or folding made (callgrind: the
        // lines and their foldings were most of the validators' instructions).
        let simple = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard SimpleScalars.all(utf8: bytes) else { return nil }
            return own.utf8.withContiguousStorageIfAvailable { Self.holdsLine(folding: $0, in: bytes) } ?? nil
        }
        if let simple, let simple { return simple }
        let lines = CellText.lines(of: text)
        guard lines.count > 1 else { return false }
        let limit = own.utf8.count
        return lines.contains { $0.foldingSpacesAndParentheses(atMost: limit) == own }
    }

    /// Whether `bytes` (UTF-8 of simple scalars) has more than one line (as `CellText.lines` cuts
    /// them) and one of them folds (`foldingSpacesAndParentheses`) to exactly `folded`.
    private static func holdsLine(folding folded: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
        while offset < count {
            let lead = bytes[offset]
            let length = UTF8MarkerCursor.length(lead: lead)
            defer { offset += length }
            // Simple text holds no CR, so every LF ends a line.
            if lead == 0x0A {
                endLine()
                continue
            }
            lineIsEmpty = false
            guard let at = matched else { continue }
            if lead < 0x80 {
                switch lead {
                case 0x09...0x0D, 0x20: continue
                case 0x28: matched = Self.matches([0xEF, 0xBC, 0x88], folded, at)  // （
                case 0x29: matched = Self.matches([0xEF, 0xBC, 0x89], folded, at)  // ）
                default: matched = at < folded.count && folded[at] == lead ? at + 1 : nil
                }
                continue
            }
            let value = UTF8MarkerCursor.scalarValue(in: bytes, at: offset)
            if let scalar = Unicode.Scalar(value), scalar.isWhiteSpace { continue }
            guard at + length <= folded.count else {
                matched = nil
                continue
            }
            var same = true
            for k in 0..<length where folded[at + k] != bytes[offset + k] { same = false }
            matched = same ? at + length : nil
        }
        endLine()
        return lines > 1 && found
    }

    private static func matches(_ piece: [UInt8], _ folded: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int? {
        guard at + piece.count <= folded.count else { return nil }
        for k in 0..<piece.count where folded[at + k] != piece[k] { return nil }
        return at + piece.count
    }
}

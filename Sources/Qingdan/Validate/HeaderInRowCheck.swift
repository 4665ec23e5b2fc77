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
        let lines = CellText.lines(of: text)
        guard lines.count > 1 else { return false }
        let own = HeaderVocabulary.folded(header)
        let limit = own.utf8.count
        return lines.contains { $0.foldingSpacesAndParentheses(atMost: limit) == own }
    }
}

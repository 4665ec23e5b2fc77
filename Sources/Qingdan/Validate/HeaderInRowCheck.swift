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
            if HeaderVocabulary.isExactWording(text) || HeaderVocabulary.isGroup(text) { headerCells += 1 }
            let own = HeaderVocabulary.folded(column.header)
            let lines = text.split(separator: "\n").map { HeaderVocabulary.folded($0) }
            if lines.count > 1, lines.contains(own) {
                findings.append(Finding(.error, "text.header-in-row", item: item.number, column: column.header,
                                        message: "第\(item.number)项的“\(column.header)”单元格里印着表头“\(column.header)”：多半是换页处重复的表头被读进了这一行，请对照原件核对这一项"))
            }
        }
        if headerCells >= Self.headerCellsOfARow {
            findings.append(Finding(.error, "text.header-in-row", item: item.number,
                                    message: "第\(item.number)项有\(headerCells)个单元格是表头文字：多半是表头（或分组表头的第二行）被读成了一项，请对照原件核对"))
        }
        return findings
    }
}

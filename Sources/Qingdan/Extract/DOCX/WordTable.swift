/// Reads a WordprocessingML table (`w:tbl`) into grid rows.
struct WordTable {
    let node: MarkupNode

    var rows: [GridRow] {
        node.wordBlocks.filter { $0.isWord("tr") }.map(row)
    }

    private func row(_ tr: MarkupNode) -> GridRow {
        let properties = tr.elements.first { $0.isWord("trPr") }
        var cells: [GridCell] = []
        for tc in tr.wordBlocks where tc.isWord("tc") {
            let tcPr = tc.elements.first { $0.isWord("tcPr") }
            var text = WordText()
            for block in tc.elements where !block.isWord("tcPr") { text.read(block) }
            // Legacy horizontal merge: a continuing cell widens the one before it.
            if tcPr?.wordProperty("hMerge").map({ $0 != "restart" }) == true, !cells.isEmpty {
                cells[cells.count - 1].columnSpan += 1
                continue
            }
            var cell = GridCell(text: text.text)
            cell.columnSpan = tcPr?.wordProperty("gridSpan").flatMap { Int($0) }.map { max(1, $0) } ?? 1
            if let merge = tcPr?.wordProperty("vMerge"), merge != "restart" {
                cell.down = .continuesAbove
            }
            cells.append(cell)
        }
        return GridRow(
            cells: cells,
            skippedColumns: properties?.wordProperty("gridBefore").flatMap { Int($0) }.map { max(0, $0) } ?? 0,
            isMarkedHeader: properties?.wordFlag("tblHeader") ?? false
        )
    }
}

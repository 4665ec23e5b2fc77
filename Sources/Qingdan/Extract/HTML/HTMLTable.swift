/// Reads an HTML `<table>` into grid rows: its own rows only (directly or in `<thead>`, `<tbody>`,
/// `<tfoot>`), not the rows of tables nested in its cells.
struct HTMLTable {
    let node: MarkupNode
    /// Read tables nested in cells as part of the cell's text (see `HTMLText`).
    var includesNestedTables = false

    /// Spans larger than this are typing errors (HTML caps rowspan at 65534 and colspan at 1000).
    private static let largestRowSpan = 65534
    private static let largestColumnSpan = 1000

    var rows: [GridRow] {
        ownRows.map { tr in
            GridRow(cells: tr.elements.filter { $0.name == "td" || $0.name == "th" }.map(cell))
        }
    }

    private var ownRows: [MarkupNode] {
        node.elements.flatMap { child -> [MarkupNode] in
            switch child.name {
            case "tr": return [child]
            case "thead", "tbody", "tfoot": return child.elements.filter { $0.name == "tr" }
            default: return []
            }
        }
    }

    private func cell(_ td: MarkupNode) -> GridCell {
        var text = HTMLText(includesTables: includesNestedTables)
        text.readContent(of: td)
        var cell = GridCell(text: text.text)
        cell.columnSpan = Self.span(td.attribute("colspan"), largest: Self.largestColumnSpan) ?? 1
        if let rows = Self.span(td.attribute("rowspan"), largest: Self.largestRowSpan) {
            // rowspan="0" reaches to the end of the table.
            cell.down = .rows(rows == 0 ? nil : rows)
        }
        return cell
    }

    /// A span attribute's number as browsers read it (leading digits); nil when absent or unreadable.
    private static func span(_ value: String?, largest: Int) -> Int? {
        guard let digits = value?.trimmingCellWhitespace.prefix(while: \.isASCII).prefix(while: \.isNumber),
              let number = Int(digits) else { return nil }
        return min(number, largest)
    }
}

/// The part of one column's cell printed on one page, with the logical rows it belongs to.
struct ColumnPiece: Sendable {
    var page: Int
    var cell: PageCell
    /// Logical rows (indexes into the table's rows) whose bands the cell covers.
    var rows: [Int]
    /// Whether the cell starts at the first body band of its page / ends at the page's last band.
    var touchesTop: Bool
    var touchesBottom: Bool
    /// The y of the cell's bottom edge on its page.
    var bottom: Double
    /// The distance from one line to the next inside a paragraph (see `PageTable.linePitch`).
    var linePitch: Double

    var isEmpty: Bool { cell.isEmpty }

    /// The indexes of the lines that begin a paragraph by their place: half a line or more
    /// further from the line above than the line pitch (paragraph spacing, as in HTML).
    var linesAfterGaps: [Int] {
        let pitch = linePitch
        let lines = cell.lines
        return lines.indices.dropFirst().filter { index in
            (lines[index].top + lines[index].bottom - lines[index - 1].top - lines[index - 1].bottom) / 2 >= 1.5 * pitch
        }
    }

    /// Whether the paragraph of the cell's last line ends there, for a cell that goes on onto the
    /// next page. Such a cell fills its part to the bottom of the page, unless the next paragraph
    /// (with its spacing, and the two lines producers keep together at a page break) did not
    /// fit: two free lines or more below the last line mean that its paragraph ended there.
    var endsParagraphAbovePageBreak: Bool {
        guard let last = cell.lines.last else { return false }
        return bottom - last.bottom >= 2 * linePitch
    }
}

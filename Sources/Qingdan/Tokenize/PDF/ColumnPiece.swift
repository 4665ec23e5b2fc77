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

    var isEmpty: Bool { cell.isEmpty }

    /// The distance from one line to the next inside a paragraph: the least distance between the
    /// centres of two lines of any cell on the page (see `PageTable.linePitch`).
    var linePitch: Double

    /// The indexes of the lines that begin a paragraph by their place: after a gap of half a line
    /// or more above them (paragraph spacing, as in HTML).
    var linesAfterGaps: [Int] {
        let pitch = linePitch
        let lines = cell.lines
        return lines.indices.dropFirst().filter { index in
            (lines[index].top + lines[index].bottom - lines[index - 1].top - lines[index - 1].bottom) / 2 >= 1.5 * pitch
        }
    }

    /// Whether the cell's text stops a paragraph's end before the page break: a cell that goes on
    /// onto the next page fills its part to the bottom, unless the next paragraph (with its
    /// spacing and the two lines a producer keeps together at a page break) did not fit. So two
    /// free lines or more below the last line mean that its paragraph ended there.
    var endsParagraphAbovePageBreak: Bool {
        guard let last = cell.lines.last else { return false }
        return bottom - last.bottom >= 2 * linePitch
    }
}

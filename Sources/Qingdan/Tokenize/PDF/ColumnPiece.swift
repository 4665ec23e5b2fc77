/// The part of one column's cell printed on one page, with the logical rows it belongs to.
struct ColumnPiece: Sendable {
    var page: Int
    var cell: PageCell
    /// Logical rows (indexes into the table's rows) whose bands the cell covers.
    var rows: [Int]
    /// Whether the cell starts at the first body band of its page / ends at the page's last band.
    var touchesTop: Bool
    var touchesBottom: Bool

    var isEmpty: Bool { cell.isEmpty }
}

/// One table row as the source lays it out.
struct GridRow: Sendable, Equatable {
    var cells: [GridCell]
    /// Grid columns left empty before the first cell (DOCX `w:gridBefore`).
    var skippedColumns: Int = 0
    /// The source marks the row as a header repeated on every page (DOCX `w:tblHeader`).
    var isMarkedHeader: Bool = false
}

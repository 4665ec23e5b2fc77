/// One table cell as a marked-up source lays it out: its text and how far it reaches.
struct GridCell: Sendable, Equatable {
    /// How a cell reaches down.
    enum Down: Sendable, Equatable {
        /// Covers this many rows (HTML `rowspan`, 1 for an ordinary cell). `nil` reaches to the
        /// end of the table (HTML `rowspan="0"`).
        case rows(Int?)
        /// Continues the merged cell above it (DOCX `w:vMerge` without `restart`).
        case continuesAbove
    }

    /// Text with hard breaks as `\n`, lines trimmed.
    var text: String
    /// Grid columns covered (HTML `colspan`, DOCX `w:gridSpan`).
    var columnSpan: Int = 1
    var down: Down = .rows(1)
}

/// The printed width each column wraps at, measured from the document itself: the most common
/// width of lines that run on into a next line of the same cell (a filled line), else the widest
/// line seen in the column. A department name followed by another is no filled line: department
/// lists hold one name per line.
struct ColumnWidths: Sendable, Equatable {
    var widths: [Int?]

    subscript(column: Int) -> Int? { column < widths.count ? widths[column] : nil }

    init(widths: [Int?]) {
        self.widths = widths
    }

    /// Measures widths from rows whose pieces were put in `assignments` (a column per piece).
    init(rows: [FlowRow], assignments: [[Int]], roles: [ColumnRole]) {
        var runOnCounts = Array(repeating: [Int: Int](), count: roles.count)
        var widest = Array(repeating: 0, count: roles.count)
        for (row, columns) in zip(rows, assignments) {
            for (index, piece) in row.pieces.enumerated() {
                let column = columns[index]
                widest[column] = max(widest[column], piece.width)
                guard index + 1 < row.pieces.count, columns[index + 1] == column else { continue }
                let next = row.pieces[index + 1]
                if !next.sharesLine, !next.followsBlankLine, !TextCues.startsParagraph(next.text),
                   !TextCues.isDepartmentName(piece.text) {
                    runOnCounts[column][piece.width, default: 0] += 1
                }
            }
        }
        widths = roles.indices.map { column in
            if roles[column] == .number { return nil }
            let mostCommon = runOnCounts[column].max { a, b in (a.value, a.key) < (b.value, b.key) }?.key
            return mostCommon ?? (widest[column] > 0 ? widest[column] : nil)
        }
    }
}

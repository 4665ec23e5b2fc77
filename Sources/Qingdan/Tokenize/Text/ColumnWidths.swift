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

    /// Measures widths from rows whose pieces were put in `assignments` (a column per piece),
    /// from the pieces' cues (read once for the column search: a piece's wording is not read
    /// again here).
    init(rows: [[CuedPiece]], assignments: [[Int]], roles: [ColumnRole]) {
        var runOnCounts = Array(repeating: [Int: Int](), count: roles.count)
        var widest = Array(repeating: 0, count: roles.count)
        for (pieces, columns) in zip(rows, assignments) {
            for (index, cued) in pieces.enumerated() {
                let column = columns[index], piece = cued.piece
                widest[column] = max(widest[column], piece.width)
                guard index + 1 < pieces.count, columns[index + 1] == column else { continue }
                let next = pieces[index + 1]
                if !next.piece.sharesLine, !next.piece.followsBlankLine, !next.startsParagraph,
                   !cued.isDepartmentName {
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

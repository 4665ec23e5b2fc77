/// Where the table's columns lie on one page, in character positions.
///
/// `edges` are the positions where each column's text starts (from the header words). Text in a
/// row may start a little left of its column's edge, so each column really begins at its
/// `boundary`: the first position after the vertical gutter of spaces (a position no line of the
/// page prints on) nearest left of the edge.
struct LayoutColumns: Sendable, Equatable {
    var edges: [Int]
    var boundaries: [Int]

    init(edges: [Int]) {
        self.edges = edges
        self.boundaries = edges.indices.map { $0 == 0 ? 0 : edges[$0] }
    }

    var count: Int { edges.count }

    /// Moves each boundary to the end of the gutter nearest left of its edge, as the page's body
    /// `lines` show it. Without a gutter between two edges the boundary stays at the edge.
    func fitted(to lines: [LayoutLine]) -> LayoutColumns {
        let occupancy = LayoutOccupancy(lines: lines)
        var fitted = self
        for column in edges.indices.dropFirst() {
            let low = edges[column - 1] + 1
            var position = edges[column]
            // Walk left over text that starts before the edge, up to the gutter.
            while position > low, occupancy.isPrinted(position - 1) {
                position -= 1
            }
            fitted.boundaries[column] = position > low ? position : edges[column]
        }
        return fitted
    }

    /// Columns read off the gutters of a page that has no header: usable only when the gutters
    /// split the page into exactly `count` columns.
    static func fromGutters(of lines: [LayoutLine], count: Int) -> LayoutColumns? {
        let occupancy = LayoutOccupancy(lines: lines)
        var starts: [Int] = []
        var position = 0
        while position < occupancy.width {
            if occupancy.isPrinted(position) {
                starts.append(position)
                // A column ends at a gutter of two or more empty positions.
                while position < occupancy.width,
                      occupancy.isPrinted(position) || occupancy.isPrinted(position + 1) {
                    position += 1
                }
            }
            position += 1
        }
        guard starts.count == count else { return nil }
        return LayoutColumns(edges: starts).fitted(to: lines)
    }

    /// The column a run starting at `position` belongs to.
    func column(at position: Int) -> Int {
        var column = 0
        while column + 1 < boundaries.count, boundaries[column + 1] <= position {
            column += 1
        }
        return column
    }

    /// The text `line` prints in each column, left to right. A run that reaches over a column
    /// boundary (pdftotext separated two cells by one space only: "100 行政执法") is split at
    /// its space nearest the boundary; without a space it stays whole in the column it starts in.
    func pieces(of line: LayoutLine) -> [LayoutPiece] {
        var pieces: [LayoutPiece] = []
        for run in line.runs {
            var rest = run
            var column = self.column(at: rest.start)
            while column + 1 < count, rest.end > boundaries[column + 1],
                  let cut = Self.space(in: rest, nearest: boundaries[column + 1]) {
                let offset = cut - rest.start
                pieces.append(LayoutPiece(column: column, text: String(rest.text.prefix(offset))))
                rest = LayoutRun(start: cut + 1, text: String(rest.text.dropFirst(offset + 1)))
                column = max(column + 1, self.column(at: rest.start))
            }
            pieces.append(LayoutPiece(column: column, text: rest.text))
        }
        return pieces
    }

    /// Position of the space in `run` closest to `position`, if the text after it starts within
    /// `splitReach` positions of there (a space far off is a space inside the cell's text).
    private static func space(in run: LayoutRun, nearest position: Int) -> Int? {
        var best: Int?
        for (offset, character) in run.text.enumerated() where character == " " {
            let candidate = run.start + offset
            if abs(candidate + 1 - position) <= splitReach,
               best.map({ abs(candidate + 1 - position) < abs($0 + 1 - position) }) ?? true {
                best = candidate
            }
        }
        return best
    }

    private static let splitReach = 2
}

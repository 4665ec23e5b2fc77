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
        let occupancy = Occupancy(lines: lines)
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
        let occupancy = Occupancy(lines: lines)
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

    /// Which positions any line prints a character on.
    private struct Occupancy {
        private var printed: [Bool] = []

        init(lines: [LayoutLine]) {
            for run in lines.lazy.flatMap(\.runs) {
                if printed.count < run.end {
                    printed += repeatElement(false, count: run.end - printed.count)
                }
                for position in run.start..<run.end { printed[position] = true }
            }
        }

        var width: Int { printed.count }

        func isPrinted(_ position: Int) -> Bool {
            position >= 0 && position < printed.count && printed[position]
        }
    }
}

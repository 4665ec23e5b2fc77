/// Builds the `RawTable` from the table parts found on each page: takes the header row from the
/// first table page, drops repeated header rows, joins rows broken across pages (the continuation
/// at the top of the next page has an empty 序号 cell) and hands a merged cell's text to every row
/// it spans.
struct PDFTableAssembler {
    var pages: [PageTable]
    /// Glyphs of the first table page, for the title above the table.
    var firstPageGlyphs: [Glyph]
    var pageCount: Int

    func assemble() -> RawTable? {
        guard let first = pages.first else { return nil }
        let headers = self.headers
        var findings: [Finding] = []
        let (rowPages, rowOfBand, firstBodyBand) = logicalRows(headers: headers)
        guard !rowPages.isEmpty else { return nil }

        // Column pieces in reading order, and whether each column has merged cells anywhere.
        var pieces = Array(repeating: [ColumnPiece](), count: headers.count)
        for (index, table) in pages.enumerated() {
            let bodyStart = firstBodyBand[index]
            for cell in table.cells {
                guard cell.bands.lowerBound >= bodyStart else {
                    // Header cells were read as headers; one reaching into the body was not.
                    if cell.bands.upperBound >= bodyStart, !cell.isEmpty {
                        findings.append(Self.unplaced(cell, page: table.page))
                    }
                    continue
                }
                var rows: [Int] = []
                for band in cell.bands where rows.last != rowOfBand[index][band] {
                    rows.append(rowOfBand[index][band])
                }
                guard cell.column < headers.count else {
                    if !cell.isEmpty {
                        findings.append(Self.unplaced(cell, page: table.page))
                    }
                    continue
                }
                pieces[cell.column].append(ColumnPiece(
                    page: table.page, cell: cell, rows: rows,
                    touchesTop: cell.bands.lowerBound == bodyStart,
                    touchesBottom: cell.bands.upperBound == table.grid.bandCount - 1))
            }
        }
        var cells = Array(repeating: Array(repeating: "", count: headers.count), count: rowPages.count)
        for column in headers.indices {
            let padding = Self.padding(of: pieces[column])
            let hasMerges = pieces[column].contains { $0.rows.count > 1 }
            for group in Self.groups(of: pieces[column], hasMerges: hasMerges) {
                var builder = ParagraphBuilder()
                var rows: [Int] = []
                for piece in group {
                    for line in piece.cell.lines {
                        builder.append(line, limit: piece.cell.right - padding)
                    }
                    rows += piece.rows
                }
                let text = builder.text
                guard !text.isEmpty else { continue }
                for row in Set(rows).sorted() {
                    cells[row][column] = cells[row][column].isEmpty ? text : cells[row][column] + "\n" + text
                }
            }
        }
        let rows = zip(cells, rowPages).map { RawRow(cells: $0, pages: $1) }
        return RawTable(title: title(above: first.grid.frame), headers: headers, rows: rows,
                        pageCount: pageCount, findings: findings)
    }

    /// The printed headers: the first band of the first table page, wraps undone.
    var headers: [String] {
        guard let first = pages.first else { return [] }
        return (0..<first.grid.columnCount).map { column in
            let cell = first.cell(band: 0, column: column)
            return cell.column == column ? cell.lines.map(\.text).joined() : ""
        }
    }

    /// Logical rows: each body band either starts a row (its 序号 cell begins there and is not
    /// empty) or continues the row before it. Returns the pages of each row, the row of each band
    /// of each table page (-1 for header bands) and each table page's first body band.
    func logicalRows(headers: [String]) -> (rowPages: [[Int]], rowOfBand: [[Int]], firstBodyBand: [Int]) {
        var rowPages: [[Int]] = []
        var rowOfBand: [[Int]] = []
        var firstBodyBand: [Int] = []
        for table in pages {
            let isHeaderRepeated = table.page != pages.first?.page && table.grid.bandCount > 1
                && (0..<min(table.grid.columnCount, headers.count)).allSatisfy { column in
                    table.cell(band: 0, column: column).lines.map(\.text).joined() == headers[column]
                }
            let bodyStart = table.page == pages.first?.page || isHeaderRepeated ? 1 : 0
            firstBodyBand.append(bodyStart)
            var rows = Array(repeating: -1, count: table.grid.bandCount)
            for band in bodyStart..<table.grid.bandCount {
                let number = table.cell(band: band, column: 0)
                let startsRow = number.bands.lowerBound == band && !number.isEmpty
                if startsRow || rowPages.isEmpty {
                    rowPages.append([])
                }
                rows[band] = rowPages.count - 1
                if rowPages[rowPages.count - 1].last != table.page {
                    rowPages[rowPages.count - 1].append(table.page)
                }
            }
            rowOfBand.append(rows)
        }
        return (rowPages, rowOfBand, firstBodyBand)
    }

    /// Pieces of one column that make one cell: a piece at the top of a page continues the piece at
    /// the bottom of the page before when they share a row (the row broke across the pages), or
    /// when the column has merged cells and exactly one of the two is empty (a merged cell split
    /// by the page break prints its text on one side only).
    private static func groups(of pieces: [ColumnPiece], hasMerges: Bool) -> [[ColumnPiece]] {
        var groups: [[ColumnPiece]] = []
        for piece in pieces {
            if let previous = groups.last?.last, previous.page < piece.page, previous.touchesBottom, piece.touchesTop,
               Set(previous.rows).intersection(piece.rows).isEmpty == false
                || (hasMerges && previous.isEmpty != piece.isEmpty) {
                groups[groups.count - 1].append(piece)
            } else {
                groups.append([piece])
            }
        }
        return groups
    }

    /// The gap between a column's left rule and its text, taken to be the same on the right.
    private static func padding(of pieces: [ColumnPiece]) -> Double {
        let gaps = pieces.flatMap { piece in piece.cell.lines.map { $0.left - piece.cell.left } }
        return max(0, gaps.min() ?? 0)
    }

    /// The title: of the text lines above the table, the one in the largest type (the nearest to
    /// the table when several share it).
    private func title(above frame: Box) -> String? {
        let lines = TextLine.lines(of: firstPageGlyphs.filter { $0.box.midY < frame.y0 })
        let largest = lines.map(\.em).max() ?? 0
        return lines.last { $0.em >= largest * 0.95 }.map(\.text).flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func unplaced(_ cell: GridCell, page: Int) -> Finding {
        let text = cell.lines.map(\.text).joined(separator: " ")
        return Finding(.error, "text.unplaced", message: "page \(page): text in no table cell: \(text)")
    }
}

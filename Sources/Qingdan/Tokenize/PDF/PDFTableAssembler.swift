/// Builds the `RawTable` from the table parts found on each page: takes the header row from the
/// first table page, drops repeated header rows, joins rows broken across pages (see
/// `LogicalRows`) and hands a merged cell's text to every row it spans.
struct PDFTableAssembler {
    /// The table part of each page that has one, in page order.
    var pages: [PageTable]
    /// Glyphs of the first table page, for the title above the table.
    var firstPageGlyphs: [Glyph]
    var pageCount: Int

    func assemble() -> RawTable? {
        guard let first = pages.first else { return nil }
        let header = HeaderBlock(first: first)
        let headers = header.headers
        let rows = LogicalRows(parts: pages, header: header)
        guard !rows.pages.isEmpty else { return nil }
        var findings = pages.filter { $0.grid.columnCount != headers.count }.map { part in
            Finding(.warning, "table.columns",
                    .pageColumnCount(page: part.page, columns: part.grid.columnCount, headers: headers.count))
        }
        var setAside = 0
        let pieces = columnPieces(rows: rows, columnCount: headers.count, findings: &findings, setAside: &setAside)
        var cells = Array(repeating: Array(repeating: "", count: headers.count), count: rows.pages.count)
        var copied = 0
        for (column, columnPieces) in pieces.enumerated() {
            let isOnePerItem = Self.isOnePerItem(header: headers[column], group: header.groups.isEmpty ? nil : header.groups[column])
            for (text, cellRows, uncertain) in Self.cellTexts(of: columnPieces) {
                let itemRows = cellRows.filter { !rows.sectionRows.contains($0) }
                if let line = uncertain.first, let first = itemRows.first {
                    findings.append(Finding(.error, "text.paragraph-uncertain", column: headers[column],
                                            .uncertainWrap(header: headers[column], row: first + 1, line: line)))
                }
                if isOnePerItem, itemRows.count > 1, let first = itemRows.first, let last = itemRows.last {
                    findings.append(Self.mergedAcrossRows(header: headers[column], first: first, last: last, text: text))
                }
                for row in cellRows {
                    cells[row][column] = cells[row][column].isEmpty ? text : cells[row][column] + "\n" + text
                }
                copied += PrintedCharacters.count(text) * (cellRows.count - 1)
            }
        }
        let rawRows = zip(cells, rows.pages).enumerated().map { index, row in
            rows.sectionRows.contains(index) ? RawRow(section: row.0[0], pages: row.1) : RawRow(cells: row.0, pages: row.1)
        }
        return RawTable(
            title: header.title ?? title(above: first.grid.frame), headers: headers,
            rows: rawRows,
            pageCount: pageCount, findings: findings,
            regionCharacters: pages.reduce(0) { $0 + $1.regionCharacters }, setAsideCharacters: setAside,
            copiedCharacters: copied, headerGroups: header.groups)
    }

    /// The printed (leaf) headers of the first table page, wraps undone.
    var headers: [String] {
        pages.first.map { HeaderBlock(first: $0).headers } ?? []
    }

    /// The body cells of every part, by column, in reading order; text in no header's column (or
    /// in a header cell reaching into the body) goes to `findings`; `setAside` counts the printed
    /// characters of header cells and of text reported.
    private func columnPieces(rows: LogicalRows, columnCount: Int, findings: inout [Finding],
                              setAside: inout Int) -> [[ColumnPiece]] {
        var pieces = Array(repeating: [ColumnPiece](), count: columnCount)
        for (index, part) in pages.enumerated() {
            let bodyStart = rows.firstBodyBand[index]
            for cell in part.cells {
                let isHeader = cell.bands.lowerBound < bodyStart
                guard !isHeader, let column = headerColumn(of: cell, in: part) else {
                    setAside += cell.lines.reduce(0) { $0 + PrintedCharacters.count($1.text) }
                    if !cell.isEmpty, !isHeader || cell.bands.upperBound >= bodyStart {
                        findings.append(Self.unplaced(cell, page: part.page))
                    }
                    continue
                }
                var cellRows: [Int] = []
                for band in cell.bands where cellRows.last != rows.rowOfBand[index][band] {
                    cellRows.append(rows.rowOfBand[index][band])
                }
                pieces[column].append(ColumnPiece(
                    page: part.page, cell: cell, rows: cellRows,
                    touchesTop: cell.bands.lowerBound == bodyStart,
                    touchesBottom: cell.bands.upperBound == part.grid.bandCount - 1,
                    bottom: part.grid.bands[cell.bands.upperBound + 1],
                    linePitch: part.linePitch ?? cell.lines.first.map { $0.bottom - $0.top } ?? 0))
            }
        }
        return pieces
    }

    /// The header column under which `cell` of `part` is printed: found by position, so that a
    /// page on which a rule was not found (or one more was) still puts its text under the right
    /// header; nil when it lies outside the header's columns.
    private func headerColumn(of cell: PageCell, in part: PageTable) -> Int? {
        guard let first = pages.first else { return nil }
        let x = (part.grid.columns[cell.column] + part.grid.columns[cell.column + 1]) / 2
        guard let column = first.grid.columns.lastIndex(where: { $0 <= x }), column < first.grid.columnCount else {
            return nil
        }
        return column
    }

    /// The text of each cell of one column with the rows it belongs to.
    private static func cellTexts(of pieces: [ColumnPiece]) -> [(text: String, rows: [Int], uncertain: [String])] {
        let padding = padding(of: pieces)
        let hasMerges = pieces.contains { $0.rows.count > 1 }
        return groups(of: pieces, hasMerges: hasMerges).compactMap { group in
            var builder = ParagraphBuilder()
            var previous: ColumnPiece?
            for piece in group {
                let gaps = piece.linesAfterGaps
                for (index, line) in piece.cell.lines.enumerated() {
                    let isAfterBreak = index == 0 && previous?.endsParagraphAbovePageBreak == true
                    builder.append(line, limit: piece.cell.right - padding,
                                   startsParagraph: isAfterBreak || gaps.contains(index))
                }
                previous = piece
            }
            let text = builder.text
            return text.isEmpty ? nil : (text, Set(group.flatMap(\.rows)).sorted(), builder.uncertainWraps)
        }
    }

    /// Pieces of one column that make one cell: a piece at the top of a page continues the piece at
    /// the bottom of the page before when they share a row (the row broke across the pages), or
    /// when the column has merged cells and exactly one of the two is empty (a merged cell split
    /// by the page break prints its text on one side only).
    private static func groups(of pieces: [ColumnPiece], hasMerges: Bool) -> [[ColumnPiece]] {
        var groups: [[ColumnPiece]] = []
        for piece in pieces {
            if let previous = groups.last?.last, previous.page < piece.page, previous.touchesBottom, piece.touchesTop,
               !Set(previous.rows).isDisjoint(with: piece.rows) || (hasMerges && previous.isEmpty != piece.isEmpty) {
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
    /// the table when several share it), with the lines of that type right above it that it
    /// wrapped from (a long title on a narrow page).
    private func title(above frame: Box) -> String? {
        let lines = GlyphLine.lines(of: firstPageGlyphs.filter { $0.box.midY < frame.y0 })
        let largest = lines.map(\.em).max() ?? 0
        guard var first = lines.lastIndex(where: { $0.em >= largest * 0.95 }) else { return nil }
        let last = first
        while first > 0, lines[first - 1].em >= largest * 0.95, lines[first].top - lines[first - 1].bottom < 0.5 * largest {
            first -= 1
        }
        let text = lines[first...last].map(\.text).joined()
        return text.isEmpty ? nil : text
    }

    /// Whether the column holds one cell per item and is never merged over rows (序号, 事项名称).
    /// Such a cell over several rows means a rule between them was not seen: Chromium prints the
    /// row border next to a merged 事项类别 so that it can be missed, and then two items would share
    /// a name.
    private static func isOnePerItem(header: String, group: String?) -> Bool {
        guard let key = HeaderVocabulary.key(of: header, group: group) else { return false }
        return key == .number || key == .name
    }

    private static func mergedAcrossRows(header: String, first: Int, last: Int, text: String) -> Finding {
        Finding(.error, "table.merged-rows", column: header,
                .mergedAcrossRows(header: header, first: first + 1, last: last + 1, text: String(text.prefix(20))))
    }

    private static func unplaced(_ cell: PageCell, page: Int) -> Finding {
        let text = cell.lines.map(\.text).joined(separator: " ")
        return Finding(.error, "text.unplaced", .textInNoCell(page: page, text: text))
    }
}

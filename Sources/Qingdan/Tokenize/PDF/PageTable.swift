/// The table part printed on one page: its grid and its cells with their text.
struct PageTable: Sendable {
    var page: Int
    var grid: TableGrid
    var cells: [PageCell]
    /// `cellIndex[band][column]`: the cell that covers that slot.
    var cellIndex: [[Int]]
    /// Printed characters of the glyphs inside the grid, counted before they are put into lines
    /// (for the conservation check).
    var regionCharacters = 0
    /// The distance between the centres of two lines of one paragraph: the least between two
    /// lines of a cell on the page (a cell of one-line paragraphs shows only the wider distance
    /// from paragraph to paragraph); nil when no cell has two lines.
    var linePitch: Double?

    /// Places every glyph inside the grid in the cell holding its centre; `naturalEm` is the
    /// page's unstretched CJK character width.
    init(page: Int, grid: TableGrid, glyphs: [Glyph], naturalEm: Double? = nil) {
        let grid = grid.trimmingEmptyOpenBands(glyphs)
        self.page = page
        self.grid = grid
        var anchors = Array(repeating: Array(repeating: (0, 0), count: grid.columnCount), count: grid.bandCount)
        for band in 0..<grid.bandCount {
            for column in 0..<grid.columnCount {
                if column > 0, !grid.hasRule(leftOf: column, in: band) {
                    anchors[band][column] = anchors[band][column - 1]
                } else if band > 0, !grid.hasRule(above: band, in: column) {
                    anchors[band][column] = anchors[band - 1][column]
                } else {
                    anchors[band][column] = (band, column)
                }
            }
        }
        var cells: [PageCell] = []
        var indexOfAnchor: [Int: Int] = [:]
        var cellIndex = Array(repeating: Array(repeating: 0, count: grid.columnCount), count: grid.bandCount)
        for band in 0..<grid.bandCount {
            for column in 0..<grid.columnCount {
                let anchor = anchors[band][column]
                let key = anchor.0 * grid.columnCount + anchor.1
                if let index = indexOfAnchor[key] {
                    cells[index].bands = cells[index].bands.lowerBound...max(cells[index].bands.upperBound, band)
                    cells[index].right = max(cells[index].right, grid.columns[column + 1])
                    cellIndex[band][column] = index
                } else {
                    indexOfAnchor[key] = cells.count
                    cellIndex[band][column] = cells.count
                    cells.append(PageCell(
                        column: anchor.1, bands: band...band,
                        left: grid.columns[column], right: grid.columns[column + 1], lines: []))
                }
            }
        }
        var glyphsOfCell = Array(repeating: [Glyph](), count: cells.count)
        // UTF-8 bytes, not `Character` appends (which check grapheme boundaries at each one).
        var inside: [UInt8] = []
        for glyph in glyphs {
            guard let slot = grid.slot(x: glyph.box.midX, y: glyph.box.midY) else { continue }
            glyphsOfCell[cellIndex[slot.band][slot.column]].append(glyph)
            inside.append(contentsOf: glyph.character.utf8)
        }
        regionCharacters = PrintedCharacters.count(String(decoding: inside, as: UTF8.self))
        for index in cells.indices {
            cells[index].lines = GlyphLine.lines(of: glyphsOfCell[index], naturalEm: naturalEm).map(\.withoutGlyphs)
        }
        self.cells = cells
        self.cellIndex = cellIndex
        // Lines closer than most of an em are no two lines of one font size (overprinting).
        let distances = cells.flatMap { cell in
            zip(cell.lines, cell.lines.dropFirst()).compactMap { above, below -> Double? in
                let distance = (below.top + below.bottom - above.top - above.bottom) / 2
                return distance >= 0.8 * min(above.em, below.em) ? distance : nil
            }
        }
        linePitch = distances.min()
    }

    /// The cell covering `column` in `band`.
    func cell(band: Int, column: Int) -> PageCell {
        cells[cellIndex[band][column]]
    }
}

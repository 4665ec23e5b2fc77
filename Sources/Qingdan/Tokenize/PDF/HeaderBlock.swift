/// The bands at the top of the first table page that are not body rows: a title printed as the
/// table's first row (common in Word-made lists: one cell across the whole table), then the
/// header — one band, or two when a spanning cell groups columns (职责边界划分 over 上级部门职责 |
/// 乡镇（街道）配合职责, the other headers merged over both bands).
struct HeaderBlock: Sendable {
    /// The title row's band, nil when the title is printed above the table.
    var titleBand: Int?
    /// The title row's text, wraps undone.
    var title: String?
    /// The header's bands (one or two).
    var bands: ClosedRange<Int>
    /// The leaf header of each column, wraps undone.
    var headers: [String]
    /// The spanning header above each column of a two-row header, nil where a column has none.
    var groups: [String?]

    /// Body rows start below this band on the first page.
    var bodyStart: Int { bands.upperBound + 1 }

    init(first part: PageTable) {
        let grid = part.grid
        var top = 0
        // 青山县城关街道配合履职事项清单 printed in a row of its own above 序号 | 事项类别 | …
        if grid.bandCount > 2, Self.spansTable(part, band: 0), !part.cell(band: 0, column: 0).isEmpty {
            titleBand = 0
            title = Self.text(part.cell(band: 0, column: 0))
            top = 1
        }
        // A header cell one band tall that spans several columns groups the cells below it.
        var bottom = top
        for column in 0..<grid.columnCount {
            let cell = part.cell(band: top, column: column)
            bottom = max(bottom, cell.bands.upperBound)
            let spansColumns = cell.right > grid.columns[column + 1] + 0.5 || cell.column < column
            if spansColumns, cell.bands.upperBound == top, top + 1 < grid.bandCount, !Self.spansTable(part, band: top) {
                bottom = max(bottom, top + 1)
            }
        }
        bottom = min(bottom, top + Self.maximumHeaderBands - 1, grid.bandCount - 1)
        bands = top...bottom
        var headers: [String] = []
        var groups: [String?] = []
        for column in 0..<grid.columnCount {
            let leaf = part.cell(band: bottom, column: column)
            headers.append(leaf.column == column ? Self.text(leaf) : "")
            let upper = part.cell(band: top, column: column)
            groups.append(upper.bands.upperBound < bottom ? Self.text(upper) : nil)
        }
        self.headers = headers
        self.groups = groups.contains { $0 != nil } ? groups : []
    }

    /// A header of more than two printed rows has not been seen; a deeper block would swallow
    /// body rows whose cells happen to span columns.
    static let maximumHeaderBands = 2

    /// Whether `band` is one cell across every column (a title or a section row 一、党的建设).
    static func spansTable(_ part: PageTable, band: Int) -> Bool {
        let grid = part.grid
        guard grid.columnCount > 1 else { return false }
        let first = part.cellIndex[band][0]
        return (1..<grid.columnCount).allSatisfy { part.cellIndex[band][$0] == first }
            && part.cells[first].bands == band...band
    }

    /// How many bands at the top of `part` repeat this header (its leaf row text for text), 0 when
    /// none do. A title printed as the table's first row repeats with it when the header rows are
    /// repeated on every page (an HTML <thead> holding the title row, printed by Chromium).
    func repeatedBands(in part: PageTable) -> Int {
        let count = bands.count
        var offsets = [0]
        if let title, part.grid.bandCount > 1, Self.spansTable(part, band: 0),
           Self.text(part.cell(band: 0, column: 0)) == title {
            offsets.insert(1, at: 0)
        }
        for offset in offsets where part.grid.bandCount > offset + count {
            let leafBand = offset + count - 1
            let repeats = (0..<min(part.grid.columnCount, headers.count)).allSatisfy { column in
                let cell = part.cell(band: leafBand, column: column)
                return cell.column != column || Self.text(cell) == headers[column]
            }
            if repeats { return offset + count }
        }
        return 0
    }

    static func text(_ cell: PageCell) -> String {
        cell.lines.map(\.text).joined()
    }
}

/// The ruled grid of a table on one page: column boundaries from the vertical rules, band
/// (printed row) boundaries from the horizontal rules, and which rule segments are actually drawn,
/// so that merged cells (a rule missing between two bands in one column) can be told apart.
struct TableGrid: Sendable {
    /// x of the vertical rules, left to right: column `k` lies between `columns[k]` and `columns[k+1]`.
    var columns: [Double]
    /// y of the horizontal rules, top to bottom: band `b` lies between `bands[b]` and `bands[b+1]`.
    var bands: [Double]
    private var rules: [Rule]
    private var tolerance: Double

    /// The grid made by the rules that form a connected table, or nil when there is none.
    init?(rules: [Rule], em: Double) {
        let tolerance = max(1.5, em * 0.3)
        var horizontal = rules.filter { $0.direction == .horizontal }
        var vertical = rules.filter { $0.direction == .vertical }
        // Keep only rules that meet at least two of the other direction: a lone line (an underline,
        // a rule under a letterhead) is not part of a grid.
        for _ in 0..<2 {
            horizontal = horizontal.filter { rule in vertical.filter { rule.touches($0, tolerance: tolerance) }.count >= 2 }
            vertical = vertical.filter { rule in
                let across = horizontal.filter { rule.touches($0, tolerance: tolerance) }
                return across.count >= 2 || across.count == 1 && Self.runsOn(rule, past: across[0], by: em)
            }
        }
        // One rule across is enough when the column rules run on past it: the last row of a table
        // that a page break pushed onto a page of its own, printed open at the top by Chromium
        // (`openEdge`); the private init then finds the band's open edge or gives nil.
        guard !horizontal.isEmpty else { return nil }
        self.init(horizontal: horizontal, vertical: vertical, em: em, tolerance: tolerance)
    }

    /// The grid of a page inside a tall row that the page before left open at the bottom (see
    /// `openEdge`): its column rules, and the rules across them — none when the whole page lies
    /// inside the row, so that the grid is one band open at both ends. The outer columns must
    /// match those of `previous`, the grid on the page before; nil when they do not.
    init?(columnRules rules: [Rule], em: Double, continuing previous: TableGrid) {
        let tolerance = max(1.5, em * 0.3)
        let vertical = rules.filter { $0.direction == .vertical && $0.length > 2 * em }
        let horizontal = rules.filter { rule in
            rule.direction == .horizontal && vertical.filter { rule.touches($0, tolerance: tolerance) }.count >= 2
        }
        self.init(horizontal: horizontal, vertical: vertical, em: em, tolerance: tolerance)
        guard columns.count >= 3, abs(columns[0] - previous.columns[0]) <= tolerance,
              abs(columns[columns.count - 1] - previous.columns[previous.columns.count - 1]) <= tolerance else { return nil }
    }

    private init?(horizontal: [Rule], vertical: [Rule], em: Double, tolerance: Double) {
        let columns = Self.cluster(vertical.map(\.position), tolerance: tolerance)
        var bands = Self.cluster(horizontal.map(\.position), tolerance: tolerance)
        if bands.isEmpty, let top = vertical.map(\.start).min(), let bottom = vertical.map(\.end).max() {
            bands = [top, bottom]
        }
        guard columns.count >= 2, !bands.isEmpty else { return nil }
        // A row broken by a page break may be printed open: its column rules run on to the edge of
        // the printed area without a rule across (Chromium draws a row's bottom border only where
        // the row ends). The open part is a band of its own, edged where the column rules end.
        if let top = Self.openEdge(of: vertical.map { ($0.position, $0.start) }, beyond: bands[0] - em,
                                   columns: columns, tolerance: tolerance, isBefore: true) {
            bands.insert(top, at: 0)
        }
        if let bottom = Self.openEdge(of: vertical.map { ($0.position, $0.end) }, beyond: bands[bands.count - 1] + em,
                                      columns: columns, tolerance: tolerance, isBefore: false) {
            bands.append(bottom)
        }
        guard bands.count >= 2 else { return nil }
        self.columns = columns
        self.bands = bands
        self.rules = horizontal + vertical
        self.tolerance = tolerance
    }

    /// The grid less a band at the top or bottom that is open (see `isClosed`) and holds none of
    /// `glyphs`: the frame of a table running on past its last row, no row.
    func trimmingEmptyOpenBands(_ glyphs: [Glyph]) -> TableGrid {
        var grid = self
        func isEmpty(_ band: Int) -> Bool {
            !glyphs.contains { glyph in
                !glyph.isSpace && glyph.box.midY > grid.bands[band] && glyph.box.midY < grid.bands[band + 1]
                    && glyph.box.midX > grid.columns[0] && glyph.box.midX < grid.columns[grid.columns.count - 1]
            }
        }
        if grid.bandCount > 1, !grid.isClosed(edge: grid.bandCount), isEmpty(grid.bandCount - 1) {
            grid.bands.removeLast()
        }
        if grid.bandCount > 1, !grid.isClosed(edge: 0), isEmpty(0) {
            grid.bands.removeFirst()
        }
        return grid
    }

    /// Whether the column rule `rule` goes on past the rule across it by more than `distance`: a
    /// row open at the top or bottom, whose column rules meet one rule across only.
    private static func runsOn(_ rule: Rule, past across: Rule, by distance: Double) -> Bool {
        across.position - rule.start > distance || rule.end - across.position > distance
    }

    var columnCount: Int { columns.count - 1 }
    var bandCount: Int { bands.count - 1 }
    var frame: Box { Box(x0: columns[0], y0: bands[0], x1: columns[columns.count - 1], y1: bands[bands.count - 1]) }

    /// Whether the horizontal rule above band `band` is drawn across column `column`.
    func hasRule(above band: Int, in column: Int) -> Bool {
        let y = bands[band]
        let x = (columns[column] + columns[column + 1]) / 2
        return rules.contains { $0.direction == .horizontal && abs($0.position - y) <= tolerance && $0.spans(x) }
    }

    /// Whether the vertical rule left of column `column` is drawn across band `band`.
    func hasRule(leftOf column: Int, in band: Int) -> Bool {
        let x = columns[column]
        let y = (bands[band] + bands[band + 1]) / 2
        return rules.contains { $0.direction == .vertical && abs($0.position - x) <= tolerance && $0.spans(y) }
    }

    /// The column and band whose box holds the point, or nil outside the grid.
    func slot(x: Double, y: Double) -> (column: Int, band: Int)? {
        guard frame.contains(x: x, y: y) else { return nil }
        let column = max(0, min(columnCount - 1, (columns.lastIndex { $0 <= x } ?? 0)))
        let band = max(0, min(bandCount - 1, (bands.lastIndex { $0 <= y } ?? 0)))
        return (column, band)
    }

    /// Where the column rules end when those of most column edges (two at least) run past `limit`
    /// (before it when `isBefore`, else after it): the end nearest the grid, or nil. Only the
    /// outer edges running on is the table's frame, not an open row (HTML tables with spacing).
    private static func openEdge(
        of ends: [(position: Double, end: Double)], beyond limit: Double, columns: [Double], tolerance: Double,
        isBefore: Bool
    ) -> Double? {
        var endOfColumn: [Int: Double] = [:]
        for (position, end) in ends where isBefore ? end < limit : end > limit {
            guard let column = columns.firstIndex(where: { abs($0 - position) <= tolerance }) else { continue }
            endOfColumn[column] = endOfColumn[column].map { isBefore ? min($0, end) : max($0, end) } ?? end
        }
        guard endOfColumn.count >= 2, 2 * endOfColumn.count > columns.count else { return nil }
        return isBefore ? endOfColumn.values.max() : endOfColumn.values.min()
    }

    /// Whether the edge above band `band` (`bandCount` for the bottom edge) is drawn across most
    /// columns; a band at the top or bottom of a page whose edge is not is a row broken open by
    /// the page break.
    func isClosed(edge band: Int) -> Bool {
        let drawn = (0..<columnCount).filter { hasRule(above: band, in: $0) }.count
        return 2 * drawn > columnCount
    }

    /// Positions closer than `tolerance` are one rule (a thick or doubled line).
    private static func cluster(_ positions: [Double], tolerance: Double) -> [Double] {
        var groups: [[Double]] = []
        for position in positions.sorted() {
            if let last = groups.last?.last, position - last <= tolerance {
                groups[groups.count - 1].append(position)
            } else {
                groups.append([position])
            }
        }
        return groups.map { $0.reduce(0, +) / Double($0.count) }
    }
}

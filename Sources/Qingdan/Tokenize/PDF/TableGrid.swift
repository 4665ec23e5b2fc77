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
            vertical = vertical.filter { rule in horizontal.filter { rule.touches($0, tolerance: tolerance) }.count >= 2 }
        }
        let columns = Self.cluster(vertical.map(\.position), tolerance: tolerance)
        let bands = Self.cluster(horizontal.map(\.position), tolerance: tolerance)
        guard columns.count >= 2, bands.count >= 2 else { return nil }
        self.columns = columns
        self.bands = bands
        self.rules = horizontal + vertical
        self.tolerance = tolerance
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

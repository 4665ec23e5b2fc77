/// What the wrap profile and the paragraph joiner ask of one line of a cell, measured once:
/// each line is asked whether it fits before the next (`LayoutWrapProfile.fits`) by the profile
/// and again by the joiner, and measuring it each time was most of the layout reader's cell
/// joining (callgrind, 1.1 MB layout list: widths, first units and Latin counts 150 M).
struct LayoutLineMeasure: Sendable, Equatable {
    /// `displayWidth`, in half-em units.
    var width: Int
    /// `LayoutWrapProfile.firstUnitWidth`: what cannot be separated from the line's start.
    var firstUnitWidth: Int
    /// `LayoutWrapProfile.latinExcess`: half-ems its Latin letters and digits print wider.
    var latinExcess: Int
    /// Every scalar East Asian Wide: the lines a column's capacity is read from.
    var isAllWide: Bool

    init(_ line: String) {
        self.init(line, followsLine: true, precedesLine: true)
    }

    /// A line of a cell: its first unit is asked only when it follows a line of the cell, its
    /// Latin excess only when it precedes one (0 where not asked: `fits` never reads them).
    init(_ line: String, followsLine: Bool, precedesLine: Bool) {
        width = line.displayWidth
        firstUnitWidth = followsLine ? LayoutWrapProfile.firstUnitWidth(of: line) : 0
        latinExcess = precedesLine ? LayoutWrapProfile.latinExcess(of: line) : 0
        isAllWide = line.unicodeScalars.allSatisfy(\.isEastAsianWide)
    }

    /// The measures of a cell's lines.
    static func cell(_ lines: [String]) -> [LayoutLineMeasure] {
        lines.indices.map { LayoutLineMeasure(lines[$0], followsLine: $0 > 0, precedesLine: $0 + 1 < lines.count) }
    }
}

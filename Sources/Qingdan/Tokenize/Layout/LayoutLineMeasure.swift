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
        width = line.displayWidth
        firstUnitWidth = LayoutWrapProfile.firstUnitWidth(of: line)
        latinExcess = LayoutWrapProfile.latinExcess(of: line)
        isAllWide = line.unicodeScalars.allSatisfy(\.isEastAsianWide)
    }
}

/// One cell of a page's grid: the bands it spans (more than one when merged vertically, e.g. a
/// 事项类别 printed once for a run of rows), its edges, and the lines of text placed in it.
struct PageCell: Sendable {
    var column: Int
    var bands: ClosedRange<Int>
    var left: Double
    var right: Double
    var lines: [GlyphLine]

    var isEmpty: Bool { lines.isEmpty }
}

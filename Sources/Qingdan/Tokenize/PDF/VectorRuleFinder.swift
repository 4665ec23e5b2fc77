/// Finds the table's ruling lines in a page's drawing: stroked straight lines and thin filled
/// rectangles (a quarter-point rule drawn as a fill, a hairline), exact at any resolution.
///
/// It follows what `RuleFinder` sees in a rendering, so that both agree: pieces of one line
/// (a border drawn cell by cell, a rule drawn twice) that touch or overlap are one rule; a rule
/// is long (one and a half ems across, over an em tall), thin (at most 0.4 em, and at least a
/// point is allowed), dark enough to print (light grey hairlines included, paper-white fills
/// not), and does not run through the middle of a glyph.
struct VectorRuleFinder {
    var em: Double
    var glyphs: [Glyph]

    /// Marks at least this dark (0 paper … 255 black) are ink, in two passes as in `RuleFinder`:
    /// a dark rule beside a grey cell fill (a shaded header row) would join the fill into one
    /// thick block if grey counted, and light grey hairlines would vanish if it did not.
    static let inkLevels: (dark: UInt8, light: UInt8) = (80, 40)
    /// How far apart two pieces of one rule may lie, across and along it: one pixel of the
    /// 2 px/pt rendering the raster route reads.
    static let joinTolerance = 0.5
    /// A rule found in both passes is kept once when they lie this close across.
    static let sameRuleDistance = 0.75
    /// A stroke within this of horizontal (or vertical) counts as such.
    static let slant = 0.1

    func rules(in drawing: PageDrawing) -> [Rule] {
        let dark = rules(in: drawing, minimumInk: Self.inkLevels.dark)
        let light = rules(in: drawing, minimumInk: Self.inkLevels.light).filter { rule in
            !dark.contains { $0.direction == rule.direction && abs($0.position - rule.position) <= Self.sameRuleDistance
                && $0.start < rule.end && rule.start < $0.end }
        }
        return (dark + light).filter { !RuleFinder.crosses($0, glyphs: glyphs, em: em) }
    }

    private func rules(in drawing: PageDrawing, minimumInk: UInt8) -> [Rule] {
        var horizontal: [Piece] = []
        var vertical: [Piece] = []
        for stroke in drawing.strokes where stroke.ink >= minimumInk {
            let half = stroke.width / 2
            if abs(stroke.y1 - stroke.y0) <= Self.slant {
                let y = (stroke.y0 + stroke.y1) / 2
                horizontal.append(Piece(low: y - half, high: y + half,
                                        start: min(stroke.x0, stroke.x1), end: max(stroke.x0, stroke.x1)))
            } else if abs(stroke.x1 - stroke.x0) <= Self.slant {
                let x = (stroke.x0 + stroke.x1) / 2
                vertical.append(Piece(low: x - half, high: x + half,
                                      start: min(stroke.y0, stroke.y1), end: max(stroke.y0, stroke.y1)))
            }
        }
        for fill in drawing.fills where fill.ink >= minimumInk {
            let box = fill.box
            if box.height <= box.width {
                horizontal.append(Piece(low: box.y0, high: box.y1, start: box.x0, end: box.x1))
            } else {
                vertical.append(Piece(low: box.x0, high: box.x1, start: box.y0, end: box.y1))
            }
        }
        let maximumThickness = max(1, 0.4 * em)
        return Self.lines(from: horizontal, direction: .horizontal, minimumLength: 1.5 * em, maximumThickness: maximumThickness)
            + Self.lines(from: vertical, direction: .vertical, minimumLength: 1.2 * em, maximumThickness: maximumThickness)
    }

    /// Joins pieces that touch into lines, keeping the long thin ones. Pieces are taken by their
    /// near edge across the line; a line still open is one whose far edge reaches that far.
    private static func lines(from pieces: [Piece], direction: Rule.Direction, minimumLength: Double,
                              maximumThickness: Double) -> [Rule] {
        var open: [Piece] = []
        var done: [Piece] = []
        for piece in pieces.sorted(by: { ($0.low, $0.start) < ($1.low, $1.start) }) {
            var merged = piece
            // A piece may join several open lines (it bridges them): all become one.
            var index = 0
            while index < open.count {
                if open[index].touches(merged, tolerance: joinTolerance) {
                    merged.absorb(open.remove(at: index))
                    index = 0
                } else {
                    index += 1
                }
            }
            // Lines whose far edge lies behind this piece's near edge can take nothing more.
            done += open.filter { $0.high + joinTolerance < merged.low }
            open.removeAll { $0.high + joinTolerance < merged.low }
            open.append(merged)
        }
        done += open
        return done
            .filter { $0.high - $0.low <= maximumThickness && $0.end - $0.start >= minimumLength }
            .sorted { ($0.low, $0.start) < ($1.low, $1.start) }
            .map { Rule(direction: direction, position: ($0.low + $0.high) / 2, start: $0.start, end: $0.end) }
    }
}

/// Part of a line: across it `low...high` (its thickness), along it `start...end`.
private struct Piece {
    var low: Double
    var high: Double
    var start: Double
    var end: Double

    func touches(_ other: Piece, tolerance: Double) -> Bool {
        other.low <= high + tolerance && other.high >= low - tolerance
            && other.start <= end + tolerance && other.end >= start - tolerance
    }

    mutating func absorb(_ other: Piece) {
        low = min(low, other.low)
        high = max(high, other.high)
        start = min(start, other.start)
        end = max(end, other.end)
    }
}

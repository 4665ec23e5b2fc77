/// Finds the long horizontal and vertical strokes of a rendered page: the table's ruling lines.
///
/// poppler-glib does not expose a page's vector paths, so the page is rendered at a low resolution
/// (2 px per point is enough to see a 0.5 pt hairline) and scanned for runs of ink. A run counts
/// when it is much longer than any stroke of a glyph: several ems across, or over an em tall.
/// Rendering 23 A4 pages this way takes about 0.3 s, far less than building a path extractor.
struct RuleFinder {
    /// The font size of the page's text in points, which sets what "long" means.
    var em: Double
    /// Glyphs of the page: a stroke through the middle of a glyph is part of it, not a rule.
    var glyphs: [Glyph]

    /// Pixels at least this dark count as ink.
    private let inkThreshold: UInt8 = 80

    func rules(in raster: PageRaster) -> [Rule] {
        let horizontal = strokes(in: raster, horizontal: true, minimumLength: 2.5 * em)
        let vertical = strokes(in: raster, horizontal: false, minimumLength: 1.2 * em)
        return (horizontal + vertical).filter { !crossesGlyph($0) }
    }

    /// Runs of ink along one direction, merged across neighbouring pixel lines into strokes.
    private func strokes(in raster: PageRaster, horizontal: Bool, minimumLength: Double) -> [Rule] {
        let lineCount = horizontal ? raster.height : raster.width
        let runLength = horizontal ? raster.width : raster.height
        let minimumPixels = Int(minimumLength * raster.scale)
        let maximumThickness = max(2, Int(0.4 * em * raster.scale))
        var open: [Stroke] = []
        var finished: [Stroke] = []
        for line in 0..<lineCount {
            var runs: [(Int, Int)] = []
            var runStart: Int?
            for along in 0...runLength {
                let isInk = along < runLength
                    && (horizontal ? raster.ink(x: along, y: line) : raster.ink(x: line, y: along)) >= inkThreshold
                if isInk, runStart == nil { runStart = along }
                if !isInk, let start = runStart {
                    if along - start >= minimumPixels { runs.append((start, along)) }
                    runStart = nil
                }
            }
            var stillOpen: [Stroke] = []
            for run in runs {
                if let index = open.firstIndex(where: { $0.overlaps(run) }) {
                    var stroke = open.remove(at: index)
                    stroke.extend(line: line, run: run)
                    stillOpen.append(stroke)
                } else {
                    stillOpen.append(Stroke(first: line, last: line, start: run.0, end: run.1))
                }
            }
            finished += open
            open = stillOpen
        }
        finished += open
        let scale = raster.scale
        return finished
            .filter { $0.last - $0.first + 1 <= maximumThickness }
            .map { stroke in
                Rule(
                    direction: horizontal ? .horizontal : .vertical,
                    position: (Double(stroke.first + stroke.last + 1) / 2) / scale,
                    start: Double(stroke.start) / scale,
                    end: Double(stroke.end) / scale)
            }
    }

    private func crossesGlyph(_ rule: Rule) -> Bool {
        let middle = (rule.start + rule.end) / 2
        let (x, y) = rule.direction == .horizontal ? (middle, rule.position) : (rule.position, middle)
        return glyphs.contains { glyph in
            guard !glyph.isSpace else { return false }
            let insetX = glyph.box.width * 0.2
            let insetY = glyph.box.height * 0.2
            return x > glyph.box.x0 + insetX && x < glyph.box.x1 - insetX
                && y > glyph.box.y0 + insetY && y < glyph.box.y1 - insetY
        }
    }
}

/// A stroke being collected: pixel lines `first...last`, running over `start..<end`.
private struct Stroke {
    var first: Int
    var last: Int
    var start: Int
    var end: Int

    func overlaps(_ run: (Int, Int)) -> Bool {
        run.0 < end && run.1 > start
    }

    mutating func extend(line: Int, run: (Int, Int)) {
        last = line
        start = min(start, run.0)
        end = max(end, run.1)
    }
}

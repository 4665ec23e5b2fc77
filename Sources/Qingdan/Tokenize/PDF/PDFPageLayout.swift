import Foundation

/// What one PDF page holds for table recovery: its glyphs, its ruling lines and, when those form a
/// grid, the table part on it.
struct PDFPageLayout {
    /// Pixels per point of the rendering the rules are found in: 2 shows a 0.5 pt hairline as a
    /// solid pixel line; very large pages get fewer, so that no rendering exceeds 4,000 pixels.
    static func rasterScale(width: Double, height: Double) -> Double {
        min(2, 4000 / max(width, height, 1))
    }

    var number: Int
    var glyphs: [Glyph]
    var rules: [Rule]
    var table: PageTable?
    /// A page of images without any text: a scan.
    var isScan: Bool
    /// The rules had to be read from a rendering of the page (see `rules(of:em:glyphs:)`).
    var rulesFromRaster: Bool
    /// A glyph lies where no page can reach (see `farthestCoordinate`): nothing on the page is read.
    var hasImpossibleGlyph = false

    /// The farthest a glyph's box may lie from the page origin, in points: ten times the largest
    /// page side. A damaged font matrix can place text at 1.5e110 pt (a fuzzed PDF did), and every
    /// later conversion of such a position to a whole number would trap; no text that far can be
    /// placed in a table, so the page is refused instead (`ErrorMessage.impossibleTextPosition`).
    static let farthestCoordinate = PDFPage.largestSide * 10

    init(page: PDFPage) {
        number = page.number
        glyphs = page.glyphs
        isScan = !glyphs.contains { !$0.isSpace } && page.hasImages
        if glyphs.contains(where: { !Self.isPlaceable($0.box) }) {
            (rules, rulesFromRaster, table, hasImpossibleGlyph) = ([], false, nil, true)
            return
        }
        let em = Self.em(of: glyphs)
        if isScan {
            rules = []
            rulesFromRaster = false
        } else {
            (rules, rulesFromRaster) = Self.rules(of: page, em: em, glyphs: glyphs)
        }
        let naturalEm = Self.naturalEm(of: glyphs)
        table = TableGrid(rules: rules, em: em).map {
            PageTable(page: page.number, grid: $0, glyphs: glyphs, naturalEm: naturalEm)
        }
    }

    /// The page's ruling lines, read from its drawing (`VectorRuleFinder`). The rendering
    /// (`RuleFinder`) is read only where the drawing cannot decide: when it cannot be read or
    /// was cut short by its budget, or when its lines form no grid but the page draws an image —
    /// a table pasted as a picture shows its rules only in pixels.
    /// `QINGDAN_RULES=raster` in the environment takes the rendering route on every page (to
    /// measure one route against the other, or to check a doubtful PDF).
    static func rules(of page: PDFPage, em: Double, glyphs: [Glyph]) -> (rules: [Rule], fromRaster: Bool) {
        if !forcesRaster, let drawing = page.drawing, drawing.isComplete {
            let rules = VectorRuleFinder(em: em, glyphs: glyphs).rules(in: drawing)
            if drawing.images.isEmpty || TableGrid(rules: rules, em: em) != nil {
                return (rules, false)
            }
        }
        return (rasterRules(of: page, em: em, glyphs: glyphs), !forcesRaster)
    }

    static func rasterRules(of page: PDFPage, em: Double, glyphs: [Glyph]) -> [Rule] {
        let scale = Self.rasterScale(width: page.size.width, height: page.size.height)
        return RuleFinder(em: em, glyphs: glyphs).rules(in: page.raster(scale: scale))
    }

    private static let forcesRaster = ProcessInfo.processInfo.environment["QINGDAN_RULES"] == "raster"

    /// Whether every corner of `box` is a finite position within `farthestCoordinate`.
    static func isPlaceable(_ box: Box) -> Bool {
        [box.x0, box.y0, box.x1, box.y1].allSatisfy { $0.isFinite && abs($0) <= farthestCoordinate }
    }

    /// The table part on this page when the page has no grid of its own but lies wholly inside a
    /// row that `previous` (the part on the page before) left open at the bottom.
    func tableContinuing(_ previous: PageTable) -> PageTable? {
        guard table == nil, previous.page == number - 1,
              !previous.grid.isClosed(edge: previous.grid.bandCount),
              let grid = TableGrid(columnRules: rules, em: Self.em(of: glyphs), continuing: previous.grid) else { return nil }
        return PageTable(page: number, grid: grid, glyphs: glyphs, naturalEm: Self.naturalEm(of: glyphs))
    }

    /// The width of a CJK character on lines that are not stretched: the most common width of the
    /// page's wide glyphs (to 0.1 pt). Justified lines each stretch by their own amount, while the
    /// last lines of paragraphs and short cells all share the natural width.
    static func naturalEm(of glyphs: [Glyph]) -> Double? {
        var counts: [Int: Int] = [:]
        for glyph in glyphs where glyph.isWide {
            counts[Int((glyph.box.width * 10).rounded()), default: 0] += 1
        }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }.map { Double($0.key) / 10 }
    }

    /// The body text size: the median width of the page's wide (CJK) glyphs, else of glyph heights.
    static func em(of glyphs: [Glyph]) -> Double {
        let wide = glyphs.filter(\.isWide).map(\.box.width).sorted()
        if !wide.isEmpty { return wide[wide.count / 2] }
        let heights = glyphs.filter { !$0.isSpace }.map(\.box.height).sorted()
        return heights.isEmpty ? 10 : heights[heights.count / 2] / 1.3
    }
}

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

    init(page: PDFPage) {
        number = page.number
        glyphs = page.glyphs
        isScan = !glyphs.contains { !$0.isSpace } && page.hasImages
        let em = Self.em(of: glyphs)
        let scale = Self.rasterScale(width: page.size.width, height: page.size.height)
        rules = isScan ? [] : RuleFinder(em: em, glyphs: glyphs).rules(in: page.raster(scale: scale))
        table = TableGrid(rules: rules, em: em).map { PageTable(page: page.number, grid: $0, glyphs: glyphs) }
    }

    /// The body text size: the median width of the page's wide (CJK) glyphs, else of glyph heights.
    static func em(of glyphs: [Glyph]) -> Double {
        let wide = glyphs.filter(\.isWide).map(\.box.width).sorted()
        if !wide.isEmpty { return wide[wide.count / 2] }
        let heights = glyphs.filter { !$0.isSpace }.map(\.box.height).sorted()
        return heights.isEmpty ? 10 : heights[heights.count / 2] / 1.3
    }
}

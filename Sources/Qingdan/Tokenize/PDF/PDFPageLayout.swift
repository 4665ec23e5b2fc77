/// What one PDF page holds for table recovery: its glyphs, its ruling lines and, when those form a
/// grid, the table part on it.
struct PDFPageLayout {
    /// Pixels per point of the rendering the rules are found in.
    static let rasterScale = 2.0

    var number: Int
    var glyphs: [Glyph]
    var rules: [Rule]
    var table: PageTable?

    init(page: PDFPage, path: String) throws(QingdanError) {
        number = page.number
        glyphs = page.glyphs
        guard glyphs.contains(where: { !$0.isSpace }) || !page.hasImages else {
            throw QingdanError(.noTextLayer, file: path, location: "page \(page.number)",
                               "no text layer; OCR is not supported")
        }
        let em = Self.em(of: glyphs)
        rules = RuleFinder(em: em, glyphs: glyphs).rules(in: page.raster(scale: Self.rasterScale))
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

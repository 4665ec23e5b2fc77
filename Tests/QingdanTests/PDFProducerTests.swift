import Foundation
import Testing
@testable import Qingdan

/// PDFs of the sample made by other producers than LibreOffice (Tests/Tools/make_producer_fixtures.py),
/// and the page-break and line rules they need, on hand-made geometry.
@Suite struct PDFProducerTests {
    /// The fixtures printed by Chromium from the sample's web page, with the reference cells of
    /// the items they hold.
    @Test(arguments: ["chromium-letter", "chromium-a5-spaced", "chromium-shaded"])
    func chromiumPrintEqualsReferenceCells(name: String) throws {
        try PDFTests.expectFixtureEqualsExpectedCells(name)
    }

    @Test func chromiumRowsKeepTheirPages() throws {
        // Read off the pages (pdftotext -layout): on letter pages item 49 starts on page 3 and ends
        // on page 4 above item 50; on A5 it runs from the top of page 8 to page 10, and page 7
        // ends below item 48 with the empty frame of the table running on (no row).
        let letter = try PDFTests.extract("Tests/QingdanTests/Fixtures/pdf/chromium-letter.pdf")
        #expect(letter.rows[8].cells[0] == "49")
        #expect(letter.rows[8].pages == [3, 4])
        let a5 = try PDFTests.extract("Tests/QingdanTests/Fixtures/pdf/chromium-a5-spaced.pdf")
        #expect(a5.rows[8].cells[0] == "49")
        #expect(a5.rows[8].pages == [8, 9, 10])
        #expect(a5.rows[7].pages == [7])
    }

    // MARK: - Hand-made geometry: 9 pt CJK glyphs, as in PDFTableRecoveryTests.

    /// Glyphs for `text` on one line at `y` with boxes `height` tall.
    static func line(_ text: String, x: Double, y: Double, height: Double = 11.7) -> [Glyph] {
        PDFTableRecoveryTests.line(text, x: x, y: y).map { glyph in
            var glyph = glyph
            glyph.box.y1 = glyph.box.y0 + height
            return glyph
        }
    }

    @Test func linesAreGroupedByCentreNotByBoxOverlap() {
        // Bold glyphs whose boxes (28 pt) are twice the line pitch (12 pt): two lines, not one
        // line of six characters sorted by x ("对级应部上门").
        let glyphs = Self.line("对应上", x: 10, y: 100, height: 28) + Self.line("级部门", x: 10, y: 112, height: 28)
        #expect(GlyphLine.lines(of: glyphs).map(\.text) == ["对应上", "级部门"])
    }

    @Test func typedSpaceBetweenCJKCharactersIsKept() {
        // Noto CJK's space is 0.224 em; no automatic spacing goes between two CJK characters.
        let noto = GlyphLine(glyphs: PDFTableRecoveryTests.line("监督管理，定期", gaps: [4: 2.0]), naturalEm: 9)
        #expect(noto.text == "监督管理 ，定期")
        // A short line: the one gap with a space in it is no stretch of a justified line.
        let short = GlyphLine(glyphs: PDFTableRecoveryTests.line("审查。", gaps: [2: 2.4]), naturalEm: 9)
        #expect(short.text == "审查 。")
    }

    /// A two-column grid (序号, 名称) from x 0 to 150 with horizontal rules at `bands`; the column
    /// rules run from `top` to `bottom` (past the first or last band when a row is left open).
    static func grid(bands: [Double], top: Double? = nil, bottom: Double? = nil) throws -> TableGrid {
        let start = top ?? bands.first ?? 0
        let end = bottom ?? bands.last ?? 0
        let rules = [0.0, 50, 150].map { Rule(direction: .vertical, position: $0, start: start, end: end) }
            + bands.map { Rule(direction: .horizontal, position: $0, start: 0, end: 150) }
        return try #require(TableGrid(rules: rules, em: 9))
    }

    static func header() -> [Glyph] {
        PDFTableRecoveryTests.line("序号", x: 5, y: 52) + PDFTableRecoveryTests.line("名称", x: 55, y: 52)
    }

    @Test func splitRowWithTheNumberOnTheSecondPart() throws {
        // Rules close both parts (as LibreOffice draws them); the 序号, vertically centred, fell on
        // page 2. One row; a row numbered on both sides of the break is two.
        let first = PageTable(page: 1, grid: try Self.grid(bands: [50, 70, 90, 110]), glyphs: Self.header()
            + PDFTableRecoveryTests.line("1", x: 5, y: 72) + PDFTableRecoveryTests.line("甲", x: 55, y: 72)
            + PDFTableRecoveryTests.line("乙一二三四五六七八九", x: 55, y: 92))
        let second = PageTable(page: 2, grid: try Self.grid(bands: [50, 90, 110]), glyphs:
            PDFTableRecoveryTests.line("2", x: 5, y: 60) + PDFTableRecoveryTests.line("续", x: 55, y: 52)
            + PDFTableRecoveryTests.line("3", x: 5, y: 92) + PDFTableRecoveryTests.line("丙", x: 55, y: 92))
        let table = try #require(PDFTableAssembler(pages: [first, second], firstPageGlyphs: [], pageCount: 2).assemble())
        #expect(table.rows.map(\.cells) == [["1", "甲"], ["2", "乙一二三四五六七八九续"], ["3", "丙"]])
        #expect(table.rows.map(\.pages) == [[1], [1, 2], [2]])

        let numbered = PageTable(page: 2, grid: try Self.grid(bands: [50, 70]), glyphs:
            PDFTableRecoveryTests.line("4", x: 5, y: 52) + PDFTableRecoveryTests.line("丁", x: 55, y: 52))
        let both = PageTable(page: 1, grid: try Self.grid(bands: [50, 70, 90]), glyphs: Self.header()
            + PDFTableRecoveryTests.line("3", x: 5, y: 72) + PDFTableRecoveryTests.line("丙", x: 55, y: 72))
        let separate = try #require(PDFTableAssembler(pages: [both, numbered], firstPageGlyphs: [], pageCount: 2).assemble())
        #expect(separate.rows.map(\.cells) == [["3", "丙"], ["4", "丁"]])
    }

    @Test func rowLeftOpenByThePageBreakGoesOn() throws {
        // Chromium: the column rules of page 1 run 40 pt past its last rule, with no rule across
        // at the break; page 2 has no rule at all (it lies inside the row) and page 3 closes the
        // row at y 90. The 序号 is printed on page 1 only, the name wraps over all three pages.
        let firstGrid = try Self.grid(bands: [50, 70, 90], bottom: 130)
        #expect(firstGrid.bands == [50, 70, 90, 130])
        #expect(!firstGrid.isClosed(edge: 3))
        let first = PageTable(page: 1, grid: firstGrid, glyphs: Self.header()
            + PDFTableRecoveryTests.line("1", x: 5, y: 72) + PDFTableRecoveryTests.line("甲", x: 55, y: 72)
            + PDFTableRecoveryTests.line("2", x: 5, y: 92) + PDFTableRecoveryTests.line("一二三四五六七八九十", x: 55, y: 117))
        let insideRules = [0.0, 50, 150].map { Rule(direction: .vertical, position: $0, start: 30, end: 50) }
        let insideGrid = try #require(TableGrid(columnRules: insideRules, em: 9, continuing: firstGrid))
        #expect(insideGrid.bands == [30, 50])
        let inside = PageTable(page: 2, grid: insideGrid, glyphs:
            PDFTableRecoveryTests.line("一二三四五六七八九十", x: 55, y: 35))
        let last = PageTable(page: 3, grid: try Self.grid(bands: [90, 110], top: 30), glyphs:
            PDFTableRecoveryTests.line("完", x: 55, y: 40)
            + PDFTableRecoveryTests.line("3", x: 5, y: 92) + PDFTableRecoveryTests.line("丙", x: 55, y: 92))
        let table = try #require(PDFTableAssembler(pages: [first, inside, last], firstPageGlyphs: [], pageCount: 3).assemble())
        #expect(table.rows.map(\.cells) == [
            ["1", "甲"], ["2", "一二三四五六七八九十一二三四五六七八九十完"], ["3", "丙"],
        ])
        #expect(table.rows.map(\.pages) == [[1], [1, 2, 3], [3]])
    }

    @Test func whereBreaksAreLeftOpenAClosedBreakEndsTheRow() throws {
        // Page 1 ends open (so the producer leaves breaks open); page 2 ends closed, so the band
        // at the top of page 3 without a 序号 is a row whose number is missing.
        let first = PageTable(page: 1, grid: try Self.grid(bands: [50, 70], bottom: 110), glyphs: Self.header()
            + PDFTableRecoveryTests.line("1", x: 5, y: 80) + PDFTableRecoveryTests.line("甲", x: 55, y: 80))
        let second = PageTable(page: 2, grid: try Self.grid(bands: [50, 70], top: 30), glyphs:
            PDFTableRecoveryTests.line("续", x: 55, y: 40) + PDFTableRecoveryTests.line("乙", x: 55, y: 52))
        let third = PageTable(page: 3, grid: try Self.grid(bands: [50, 70]), glyphs:
            PDFTableRecoveryTests.line("丙", x: 55, y: 52))
        let table = try #require(PDFTableAssembler(pages: [first, second, third], firstPageGlyphs: [], pageCount: 3).assemble())
        #expect(table.rows.map(\.cells) == [["1", "甲\n续"], ["", "乙"], ["", "丙"]])
    }

    @Test func paragraphEndsShownByPlaceNotByLineLength() throws {
        // Every line on page 1 is full. Within the page, a gap of 20 pt where lines are 12 pt apart
        // starts a paragraph at "2."; at the break, 32 pt free below the last line on page 1
        // (more than two lines) mean that its paragraph ended there.
        let full = "一二三四五六七八九十"
        let first = PageTable(page: 1, grid: try Self.grid(bands: [50, 70], bottom: 160), glyphs: Self.header()
            + PDFTableRecoveryTests.line("1", x: 5, y: 72) + PDFTableRecoveryTests.line(full, x: 55, y: 72)
            + PDFTableRecoveryTests.line("2.一二三四五六七八", x: 55, y: 92) + PDFTableRecoveryTests.line(full, x: 55, y: 104)
            + PDFTableRecoveryTests.line("一二三四五六七八九。", x: 55, y: 116))
        let second = PageTable(page: 2, grid: try Self.grid(bands: [50, 70], top: 30), glyphs:
            PDFTableRecoveryTests.line("相关部门", x: 55, y: 32)
            + PDFTableRecoveryTests.line("2", x: 5, y: 52) + PDFTableRecoveryTests.line("乙", x: 55, y: 52))
        let table = try #require(PDFTableAssembler(pages: [first, second], firstPageGlyphs: [], pageCount: 2).assemble())
        #expect(table.rows.map(\.cells) == [
            ["1", "\(full)\n2.一二三四五六七八\(full)一二三四五六七八九。\n相关部门"], ["2", "乙"],
        ])
    }
}

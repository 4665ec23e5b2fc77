import Testing
@testable import Qingdan

/// What Chromium's prints of a list page do differently from LibreOffice's, measured on the
/// shape fixtures (cooperative-grouped.chromium.pdf, basic-portrait.chromium.pdf), each with the
/// reading it needs.
@Suite struct ChromiumPrintTests {
    /// Chromium's fonts box a 12-point glyph 2.6 em tall (负 of 负责全县统一战线… from 195.45 to
    /// 226.65 pt, its ink at 208–219): the box reaches over the row rule at 202.1 above its line.
    /// The rule is no stroke of the glyph; it was dropped, and two items read as one.
    @Test func aTallGlyphBoxOverARuleIsNoStroke() {
        let glyph = Glyph(character: "负", box: Box(x0: 467.8, y0: 195.45, x1: 479.8, y1: 226.65))
        let rowRule = Rule(direction: .horizontal, position: 202.1, start: 141.7, end: 796.5)
        #expect(!RuleFinder.crosses(rowRule, glyphs: [glyph], em: 12))
        // Through the middle of its ink it still is a stroke of it.
        let stroke = Rule(direction: .horizontal, position: 211, start: 141.7, end: 796.5)
        #expect(RuleFinder.crosses(stroke, glyphs: [glyph], em: 12))
        // LibreOffice's boxes (1.3 em) are read as they are.
        let boxed = Glyph(character: "负", box: Box(x0: 467.8, y0: 200, x1: 479.8, y1: 215.6))
        #expect(RuleFinder.crosses(Rule(direction: .horizontal, position: 204, start: 400, end: 540), glyphs: [boxed], em: 12))
    }

    /// The last row alone on a page, no header repeated: Chromium prints the border between two
    /// rows once, at the bottom of the page before, so the row's column rules meet one rule across
    /// (its bottom) and run on to the top of the printed area. That is a grid of one band, open at
    /// the top — not no table (its text was lost).
    @Test func aRowAloneOnItsPageIsAGridOfOneBand() throws {
        let columns = [45.0, 80, 140, 300]
        let bottom = Rule(direction: .horizontal, position: 88, start: 45, end: 300)
        let rules = columns.map { Rule(direction: .vertical, position: $0, start: 45, end: 88) } + [bottom]
        let grid = try #require(TableGrid(rules: rules, em: 9))
        #expect(grid.bandCount == 1)
        #expect(grid.columnCount == 3)
        #expect(!grid.isClosed(edge: 0))
        #expect(grid.isClosed(edge: 1))
        // A lone rule with short ticks (an underline) is still no table.
        let ticks = columns.map { Rule(direction: .vertical, position: $0, start: 86, end: 90) } + [bottom]
        #expect(TableGrid(rules: ticks, em: 9) == nil)
    }
}

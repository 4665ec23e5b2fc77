import Testing
@testable import Qingdan

/// Table recovery on hand-made geometry: glyphs 9 pt wide, as in a 9 pt CJK font.
@Suite struct PDFTableRecoveryTests {
    /// Glyphs for `text` on one line starting at `x`; `gaps` maps a character index to extra space
    /// before it (poppler reports such a gap as a space glyph of that width).
    static func line(_ text: String, x: Double = 10, y: Double = 100, gaps: [Int: Double] = [:]) -> [Glyph] {
        var glyphs: [Glyph] = []
        var x = x
        for (index, character) in text.enumerated() {
            if let gap = gaps[index] {
                glyphs.append(Glyph(character: " ", box: Box(x0: x, y0: y, x1: x + gap, y1: y + 11.7)))
                x += gap
            }
            let width = character.isASCII ? 5.4 : 9
            glyphs.append(Glyph(character: character, box: Box(x0: x, y0: y, x1: x + width, y1: y + 11.7)))
            x += width
        }
        return glyphs
    }

    @Test func gapsBetweenCJKAndLatinAreDroppedTypedSpacesKept() {
        // A fifth-em gap between 3 and 层 is spacing the word processor added; a 0.3 em space
        // after ， was typed.
        let invented = GlyphLine(glyphs: Self.line("3层及", gaps: [1: 1.8]))
        #expect(invented.text == "3层及")
        let typed = GlyphLine(glyphs: Self.line("巡查，配合", gaps: [3: 2.7]))
        #expect(typed.text == "巡查， 配合")
        let circled = GlyphLine(glyphs: Self.line("①低保", gaps: [1: 1.8]))
        #expect(circled.text == "①低保")
        // Justified lines spread CJK characters a little; poppler may report that as a space.
        let justified = GlyphLine(glyphs: Self.line("重点区域", gaps: [2: 1.0]))
        #expect(justified.text == "重点区域")
        let latin = GlyphLine(glyphs: Self.line("Wi Fi", gaps: [:]))
        #expect(latin.text == "Wi Fi")
    }

    @Test func shortLineEndsParagraphFullLineWraps() {
        var builder = ParagraphBuilder()
        // Limit 100: ten CJK glyphs fill 90 of it; the next "区" (9) would not fit after a full
        // line, but fits after a short one.
        builder.append(GlyphLine(glyphs: Self.line("一二三四五六七八九十", y: 100)), limit: 100)
        builder.append(GlyphLine(glyphs: Self.line("续行。", y: 112)), limit: 100)
        builder.append(GlyphLine(glyphs: Self.line("区民政局", y: 124)), limit: 100)
        #expect(builder.text == "一二三四五六七八九十续行。\n区民政局")
    }

    @Test func closingPunctuationTravelsWithTheCharacterBeforeIt() {
        // "集、" cannot be split, so a line ending 1.5 em short of the limit still wrapped softly.
        var builder = ParagraphBuilder()
        builder.append(GlyphLine(glyphs: Self.line("一二三四五六七八", y: 100)), limit: 95.5)
        builder.append(GlyphLine(glyphs: Self.line("集、整理", y: 112)), limit: 95.5)
        #expect(builder.text == "一二三四五六七八集、整理")
    }

    @Test func latinWordsWrapAtASpaceUnlessTooWideForTheCell() {
        var words = ParagraphBuilder()
        words.append(GlyphLine(glyphs: Self.line("AB Wi", y: 100)), limit: 40)
        words.append(GlyphLine(glyphs: Self.line("Fi", y: 112)), limit: 40)
        #expect(words.text == "AB Wi Fi")
        // "10" in a 序号 column one digit wide.
        var number = ParagraphBuilder()
        number.append(GlyphLine(glyphs: Self.line("1", y: 100)), limit: 16)
        number.append(GlyphLine(glyphs: Self.line("0", y: 112)), limit: 16)
        #expect(number.text == "10")
    }

    @Test func clauseNumberAfterAFullSentenceStartsAParagraph() {
        var builder = ParagraphBuilder()
        builder.append(GlyphLine(glyphs: Self.line("1.负责考核等工作。", y: 100)), limit: 10 + 10.8 + 7 * 9)
        builder.append(GlyphLine(glyphs: Self.line("2.开展培训。", y: 112)), limit: 10 + 10.8 + 7 * 9)
        #expect(builder.text == "1.负责考核等工作。\n2.开展培训。")
    }

    @Test func clauseNumbers() {
        #expect(ClauseNumber.prefixLength(of: "2.开展") == 2)
        #expect(ClauseNumber.prefixLength(of: "12．开展") == 3)
        #expect(ClauseNumber.prefixLength(of: "三、工作") == 2)
        #expect(ClauseNumber.prefixLength(of: "（二）工作") == 3)
        #expect(ClauseNumber.prefixLength(of: "2024年") == nil)
        #expect(ClauseNumber.prefixLength(of: "区民政局：") == nil)
    }

    static func rules(columns: [Double], bands: [Double]) -> [Rule] {
        columns.map { Rule(direction: .vertical, position: $0, start: bands[0], end: bands[bands.count - 1]) }
            + bands.map { Rule(direction: .horizontal, position: $0, start: columns[0], end: columns[columns.count - 1]) }
    }

    @Test func emptyNumberContinuesARowOnlyAtTheTopOfAPage() throws {
        let firstGrid = try #require(TableGrid(rules: Self.rules(columns: [0, 50, 150], bands: [50, 70, 90, 110]), em: 9))
        let first = PageTable(page: 1, grid: firstGrid, glyphs:
            Self.line("序号", x: 5, y: 52) + Self.line("名称", x: 55, y: 52)
            + Self.line("1", x: 5, y: 72) + Self.line("甲", x: 55, y: 72) + Self.line("乙", x: 55, y: 92))
        let secondGrid = try #require(TableGrid(rules: Self.rules(columns: [0, 50, 150], bands: [50, 70, 90]), em: 9))
        let second = PageTable(page: 2, grid: secondGrid, glyphs:
            Self.line("丙", x: 55, y: 52) + Self.line("3", x: 5, y: 72) + Self.line("丁", x: 55, y: 72))
        let table = try #require(PDFTableAssembler(pages: [first, second], firstPageGlyphs: [], pageCount: 2).assemble())
        // 乙 has no number but is not at the top of a page: a row of its own, which 丙 continues.
        #expect(table.rows.map(\.cells) == [["1", "甲"], ["", "乙\n丙"], ["3", "丁"]])
        #expect(table.rows.map(\.pages) == [[1], [1, 2], [2]])
    }

    @Test func textOutsideTheHeaderColumnsIsReported() throws {
        let firstGrid = try #require(TableGrid(rules: Self.rules(columns: [0, 50, 150], bands: [50, 70, 90]), em: 9))
        let first = PageTable(page: 1, grid: firstGrid, glyphs:
            Self.line("序号", x: 5, y: 52) + Self.line("名称", x: 55, y: 52)
            + Self.line("1", x: 5, y: 72) + Self.line("甲", x: 55, y: 72))
        let secondGrid = try #require(TableGrid(rules: Self.rules(columns: [0, 50, 150, 250], bands: [50, 70]), em: 9))
        let second = PageTable(page: 2, grid: secondGrid, glyphs:
            Self.line("2", x: 5, y: 52) + Self.line("乙", x: 55, y: 52) + Self.line("多余", x: 155, y: 52))
        let table = try #require(PDFTableAssembler(pages: [first, second], firstPageGlyphs: [], pageCount: 2).assemble())
        #expect(table.headers == ["序号", "名称"])
        #expect(table.rows.map(\.cells) == [["1", "甲"], ["2", "乙"]])
        #expect(table.rows.map(\.pages) == [[1], [2]])
        #expect(table.findings.map(\.code) == ["table.columns", "text.unplaced"])
        #expect(table.findings.map { $0.message(in: .english) } == [
            "page 2: 3 columns, the header has 2", "page 2: text in no table cell: 多余",
        ])
    }
}

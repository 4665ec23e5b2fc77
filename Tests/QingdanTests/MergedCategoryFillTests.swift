import Testing
@testable import Qingdan

/// `MergedCategoryFill`: a flowing export prints a merged 事项类别 with its run's first row only.
@Suite struct MergedCategoryFillTests {
    static let roles: [ColumnRole] = [.number, .category, .name]
    static let titles = ["序号", "事项类别", "事项名称"]

    static func rows(_ cells: [(String, String)]) -> [RawRow] {
        cells.enumerated().map { RawRow(cells: [String($0.offset + 1), $0.element.0, $0.element.1]) }
    }

    @Test func emptyCellsTakeTheValueAboveUpToTheNext() {
        var rows = Self.rows([("", "甲"), ("行政许可", "乙"), ("", "丙"), ("", "丁"), ("行政处罚", "戊"), ("", "己")])
        var fill = MergedCategoryFill()
        fill.fill(&rows, roles: Self.roles, titles: Self.titles, numbers: Array(1...6), startsRun: Array(repeating: false, count: 6))
        // Row 1 is above every printed value: it stays empty, for category.missing to name.
        #expect(rows.map { $0.cells[1] } == ["", "行政许可", "行政许可", "行政许可", "行政处罚", "行政处罚"])
        #expect(fill.findings.map(\.code) == ["category.filled", "category.filled"])
        #expect(fill.findings.map(\.item) == [3, 6])
        #expect(fill.copiedCharacters == 3 * 4)
    }

    @Test func aSectionRowOpensANewRun() {
        var rows = Self.rows([("党的建设", "甲"), ("", "乙"), ("", "丙")])
        var fill = MergedCategoryFill()
        fill.fill(&rows, roles: Self.roles, titles: Self.titles, numbers: [1, 2, 3], startsRun: [false, false, true])
        #expect(rows.map { $0.cells[1] } == ["党的建设", "党的建设", ""])
    }

    @Test func aColumnPrintedOnEveryRowOrOnNoneIsLeftAlone() {
        var full = Self.rows([("甲类", "甲"), ("乙类", "乙")])
        var none = Self.rows([("", "甲"), ("", "乙")])
        var fill = MergedCategoryFill()
        fill.fill(&full, roles: Self.roles, titles: Self.titles, numbers: [1, 2], startsRun: [false, false])
        fill.fill(&none, roles: Self.roles, titles: Self.titles, numbers: [1, 2], startsRun: [false, false])
        #expect(full.map { $0.cells[1] } == ["甲类", "乙类"])
        #expect(none.map { $0.cells[1] } == ["", ""])
        #expect(fill.findings.isEmpty)
    }
}

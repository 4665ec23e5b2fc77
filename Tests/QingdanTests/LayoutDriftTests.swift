import Testing
@testable import Qingdan

/// `-layout` text whose rows pdftotext printed off the page's columns (`columnsPerRow`,
/// `columnDrift`), and a two-row grouped header (`groupedBlock`), on small texts written here.
@Suite struct LayoutDriftTests {
    /// A line with each text at its character position.
    private static func line(_ texts: [(Int, String)]) -> String {
        var line = ""
        for (position, text) in texts {
            line += String(repeating: " ", count: line.isEmpty ? position : max(1, position - line.count)) + text
        }
        return line
    }

    /// Row 2's 对应上级部门 printed three positions left of the page's column, one space after its
    /// 事项名称 and under the 事项名称 of row 1: no gutter of the page parts them, its own lines do.
    @Test func rowPrintedOffTheColumnsIsReadWithItsOwnColumns() throws {
        let text = [
            Self.line([(0, "序号"), (4, "事项名称"), (14, "对应上级部门"), (22, "备注")]),
            Self.line([(0, "1"), (4, "甲事项办理审批核查"), (14, "县民政局"), (22, "无")]),
            Self.line([(0, "2"), (5, "乙事项办理"), (11, "县财政局"), (22, "每年")]),
            Self.line([(22, "一次")]),
            Self.line([(0, "3"), (4, "丙事项"), (14, "县教育局"), (22, "无")]),
        ].joined(separator: "\n") + "\n\u{0C}"
        let table = try LayoutTextTokenizer().tokenize(text: text, path: "drift.txt")
        #expect(table.rows.map(\.cells) == [
            ["1", "甲事项办理审批核查", "县民政局", "无"],
            ["2", "乙事项办理", "县财政局", "每年一次"],
            ["3", "丙事项", "县教育局", "无"],
        ])
        #expect(!table.findings.contains { $0.code == "table.columns-drift" })
    }

    /// Two runs in one column that no row's own columns part: an error naming the item.
    @Test func lineStillDriftedIsAnErrorNamingTheItem() throws {
        let text = [
            "序号  事项名称        对应上级部门      备注",
            "1     甲事项          县民政局          无",
            "2     乙事项  附注    县财政局          无",
            "3     丙事项          县教育局          无",
        ].joined(separator: "\n") + "\n\u{0C}"
        let table = try LayoutTextTokenizer().tokenize(text: text, path: "drift.txt")
        let drift = table.findings.filter { $0.code == "table.columns-drift" }
        #expect(drift.count == 1)
        #expect(drift.first?.severity == .error)
        #expect(drift.first?.item == 2)
        #expect(drift.first?.column != nil)
    }

    /// 职责边界划分 over 上级部门职责 | 乡镇（街道）配合职责: the leaves are columns, the group is kept.
    @Test func groupedHeaderGivesLeavesAndGroup() throws {
        let text = [
            "                              职责边界划分",
            "序号  事项名称     对应上级部门",
            "                              上级部门职责          乡镇（街道）配合职责",
            "1    甲事项        县民政局    负责审批。            负责受理。",
            "2    乙事项        县财政局    负责拨付。            负责初审。",
            "3    丙事项        县教育局    负责指导。            负责上报。",
        ].joined(separator: "\n") + "\n\u{0C}"
        let table = try LayoutTextTokenizer().tokenize(text: text, path: "grouped.txt")
        #expect(table.headers == ["序号", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"])
        #expect(table.headerGroups == [nil, nil, nil, "职责边界划分", "职责边界划分"])
        #expect(table.rows.map(\.cells) == [
            ["1", "甲事项", "县民政局", "负责审批。", "负责受理。"],
            ["2", "乙事项", "县财政局", "负责拨付。", "负责初审。"],
            ["3", "丙事项", "县教育局", "负责指导。", "负责上报。"],
        ])
    }
}

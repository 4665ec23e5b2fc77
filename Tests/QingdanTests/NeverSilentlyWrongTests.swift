import Foundation
import Testing
@testable import Qingdan

/// Readings that went wrong in the ways issue 9 lists, fed as damaged tables: each must give an
/// error finding (so `qingdan check` exits 1), naming the item and what to look at — never a quiet
/// wrong table. And the repairs that are certain are made.
@Suite struct NeverSilentlyWrongTests {
    static let headers = ["序号", "事项类别", "事项名称", "配合部门", "部门职责", "街道配合职责"]

    private func row(_ number: String, category: String = "城市管理", name: String = "占道经营整治",
                     departments: String = "区城市管理局", superior: String = "1.负责执法。", township: String = "1.劝导。") -> RawRow {
        RawRow(cells: [number, category, name, departments, superior, township])
    }

    private func validated(_ rows: [RawRow], headers: [String] = headers, title: String? = "南山区桃源街道配合履职事项清单") -> DutyList {
        let table = RawTable(title: title, headers: headers, rows: rows)
        let source = SourceInfo(file: "t.txt", format: .text, sha256: String(repeating: "b", count: 64), pages: nil)
        var list = ListNormalizer().normalize(table, source: source)
        Validator().validate(&list, table: table)
        return list
    }

    private func errors(_ list: DutyList) -> [String] {
        list.findings.filter { $0.severity == .error }.map(\.code)
    }

    @Test func cleanListHasNoError() {
        let list = validated([row("1"), row("2", name: "违章建筑巡查")])
        #expect(errors(list) == [])
    }

    /// Flow text prints a section row as a line that lands in the 序号 cell.
    @Test func sectionRowLeftAmongItemsIsTakenAsSection() {
        let list = validated([RawRow(cells: ["一、城市管理", "", "", "", "", ""]), row("1", category: ""), row("2", category: "", name: "违章建筑巡查")])
        #expect(list.items.map(\.number) == [1, 2])
        #expect(list.items.map(\.category) == ["城市管理", "城市管理"])
        #expect(list.sectionRows?.map(\.title) == ["城市管理"])
        #expect(errors(list) == [])
    }

    /// A row whose 序号 is not a number (a section row the grammar does not know, a header).
    @Test func rowWithoutANumberIsAnError() {
        let list = validated([row("1"), RawRow(cells: ["城市管理类事项", "", "", "", "", ""]), row("2")])
        #expect(errors(list).contains("number.invalid"))
        #expect(errors(list).contains("name.empty"))
    }

    /// A Chromium print put the repeated header into cells (序号 "18\n序号").
    @Test func headerWordingInsideARowIsAnError() {
        let list = validated([row("1"), row("2\n序号")])
        let finding = list.findings.first { $0.code == "text.header-in-row" }
        #expect(finding?.severity == .error)
        #expect(finding?.message.contains("第2项") == true)
    }

    /// The second row of a grouped header read as an item.
    @Test func headerRowReadAsItemIsAnError() {
        let list = validated([row("1"), RawRow(cells: ["2", "", "", "", "部门职责", "街道配合职责"])])
        #expect(list.findings.contains { $0.code == "text.header-in-row" && $0.item == 2 && $0.severity == .error })
    }

    /// `-raw` text glued 事项名称 to the next column.
    @Test func emptyNameIsAnError() {
        let list = validated([row("1"), row("2", name: "")])
        let finding = list.findings.first { $0.code == "name.empty" }
        #expect(finding?.severity == .error)
        #expect(finding?.item == 2)
        #expect(finding?.column == "事项名称")
    }

    /// A 事项类别 merged over rows 2–4, printed once inside the run, between two other values: the
    /// run's extent is not certain.
    @Test func categoryEmptyBetweenDifferentValuesIsAnError() {
        let list = validated([row("1", category: "城市管理"), row("2", category: ""), row("3", category: "市场监管"), row("4", category: ""),
                              row("5", category: "安全生产")])
        let missing = list.findings.filter { $0.code == "category.missing" }
        #expect(missing.map(\.item) == [2, 4])
        #expect(missing.allSatisfy { $0.severity == .error })
        #expect(list.items.map { $0.category ?? "" } == ["城市管理", "", "市场监管", "", "安全生产"])
    }

    /// Between two rows of the same category the run is certain: filled, and reported.
    @Test func categoryEmptyBetweenEqualValuesIsFilled() {
        let list = validated([row("1", category: "城市管理"), row("2", category: ""), row("3", category: "城市管理"), row("4", category: "安全生产")])
        #expect(list.items.map(\.category) == ["城市管理", "城市管理", "城市管理", "安全生产"])
        #expect(list.findings.contains { $0.code == "category.filled" && $0.item == 2 && $0.severity == .info })
        #expect(errors(list) == [])
    }

    /// 24 rows read for 17 items, or 7 rows lost: 序号 past the row count.
    @Test func numbersPastTheRowCountAreAnError() {
        let list = validated([row("1"), row("2"), row("5")])
        #expect(list.findings.contains { $0.code == "numbering.beyond-rows" && $0.severity == .error && $0.item == 5 })
    }

    /// `2.2022年…` not taken as a clause start would leave it inside clause 1.
    @Test func unsplitClauseIsAnError() {
        let glued = Clause(label: "1.", text: "负责统计。2.2022年起负责核查。")
        #expect(ClauseSplitCheck.holdsNextLabel(glued))
        #expect(!ClauseSplitCheck.holdsNextLabel(Clause(label: "1.", text: "负责统计。3.5亿元以下的项目由区级审批。")))
        #expect(!ClauseSplitCheck.holdsNextLabel(Clause(label: "1.", text: "负责核查2022年的数据。")))
    }

    @Test func dutyCellSplitsBeforeAYearNumberedClause() {
        let list = validated([row("1", township: "1.开展统计。\n2.2022年起开展核查。")])
        #expect(list.items.first?.townshipDuties.map(\.label) == ["1.", "2."])
        #expect(list.items.first?.townshipDuties.last?.text == "2022年起开展核查。")
        #expect(!list.findings.contains { $0.code == "clause.unsplit" })
    }

    /// Clauses run on in one paragraph whose labels are a clean sequence are split apart, the
    /// cell kept as printed (1. 2. 3.; （1）（2） under 1.).
    @Test func clausesRunOnInACleanSequenceAreSplit() {
        let list = validated([row("1", township: "1.开展统计。2.开展核查；3.2025年起上报。\n4.负责分类：\n（1）登记；（2）核对。")])
        let clauses = list.items.first?.townshipDuties ?? []
        #expect(clauses.map(\.label) == ["1.", "2.", "3.", "4."])
        #expect(clauses.map(\.text) == ["开展统计。", "开展核查；", "2025年起上报。", "负责分类："])
        #expect(clauses.last?.subclauses.map(\.label) == ["（1）", "（2）"])
        #expect(clauses.last?.subclauses.map(\.text) == ["登记；", "核对。"])
        #expect(list.items.first?.cell("街道配合职责") == "1.开展统计。2.开展核查；3.2025年起上报。\n4.负责分类：\n（1）登记；（2）核对。")
        #expect(!list.findings.contains { $0.code == "clause.unsplit" })
        #expect(!list.findings.contains { $0.code == "structure.lossy" })
    }

    /// Clauses announced by a colon and printed inline after it (…程序：（1）…；（2）…) are the
    /// subclauses of the clause with the colon, as when each is printed on a line of its own; the
    /// cell is kept as printed. Truths typed here, not read from the code.
    @Test func clausesInlineAfterAColonAreSplit() {
        let list = validated([row("1", township: "1.开展统计。\n2.指导完成选举程序：（1）审核候选人资格；（2）监督投票和计票。\n负责以下工作:1.登记；2.核对；3.上报。")])
        let clauses = list.items.first?.townshipDuties ?? []
        #expect(clauses.map(\.label) == ["1.", "2.", nil])
        #expect(clauses.map(\.text) == ["开展统计。", "指导完成选举程序：", "负责以下工作:"])
        #expect(clauses[1].subclauses.map(\.label) == ["（1）", "（2）"])
        #expect(clauses[1].subclauses.map(\.text) == ["审核候选人资格；", "监督投票和计票。"])
        #expect(clauses[2].subclauses.map(\.label) == ["1.", "2.", "3."])
        #expect(clauses[2].subclauses.map(\.text) == ["登记；", "核对；", "上报。"])
        #expect(!list.findings.contains { $0.code == "clause.unsplit" })
        #expect(!list.findings.contains { $0.code == "structure.lossy" })
        // A lone （1） after a colon is no run: left in its clause, and nothing to report.
        let lone = validated([row("1", township: "1.负责核查：（1）类项目。")])
        #expect(lone.items.first?.townshipDuties.first?.subclauses == [])
        #expect(!lone.findings.contains { $0.code == "clause.unsplit" })
    }

    /// Inline clauses after a colon whose labels are no clean sequence stay one clause: an error.
    @Test func clausesInlineOutOfSequenceAreAnError() {
        for township in ["1.指导完成选举程序：（1）审核资格；（3）监督计票。", "1.指导完成选举程序：（1）审核资格；（1）监督计票。"] {
            let list = validated([row("1", township: township)])
            #expect(list.items.first?.townshipDuties.first?.subclauses == [], "\(township)")
            let finding = list.findings.first { $0.code == "clause.unsplit" }
            #expect(finding?.severity == .error, "\(township)")
            #expect(finding?.item == 1)
            #expect(finding?.column == "街道配合职责")
        }
    }

    /// Where the labels after the sentence ends are no clean sequence nothing is cut, and the
    /// clerk is told: 2. then 2. again, or 2. after a skipped number.
    @Test func clausesRunOnOutOfSequenceAreAnError() {
        for township in ["1.开展统计。2.开展核查。2.开展复核。", "1.开展统计。2.开展核查。4.开展复核。"] {
            let list = validated([row("1", township: township)])
            #expect(list.items.first?.townshipDuties.count == 1, "\(township)")
            let finding = list.findings.first { $0.code == "clause.unsplit" }
            #expect(finding?.severity == .error)
            #expect(finding?.item == 1)
            #expect(finding?.column == "街道配合职责")
        }
    }

    /// A duty cell ended too early by a text reader: its clauses go on in the cell right of it
    /// (上级部门职责 1.… | 乡镇（街道）职责 2.…), every later cell one column right. An error; a next
    /// cell that starts its own numbering (1.) is none.
    @Test func clausesGoingOnInTheNextColumnAreAnError() {
        let spilled = validated([row("1", superior: "1.负责执法。", township: "2.2022年起负责复核。")])
        let finding = spilled.findings.first { $0.code == "clause.spilled" }
        #expect(finding?.severity == .error)
        #expect(finding?.item == 1)
        #expect(finding?.column == "部门职责")
        let own = validated([row("1", superior: "1.负责执法。", township: "1.劝导。")])
        #expect(!own.findings.contains { $0.code == "clause.spilled" })
    }

    /// A header the vocabulary does not know is kept and reported; where the kind's duty column is
    /// then missing it is an error (its text would go unsplit).
    @Test func unmappedHeaderIsReported() {
        let headers = ["序号", "事项类别", "事项名称", "配合部门", "部门职责", "街道任务"]
        let list = validated([row("1")], headers: headers)
        #expect(list.columns.last?.key == .extra(6))
        let finding = list.findings.first { $0.code == "column.unmapped" }
        #expect(finding?.severity == .error)
        #expect(finding?.column == "街道任务")
        #expect(list.items.first?.cell("街道任务") == "1.劝导。")
    }

    /// A cooperative or returned list without its 对应上级部门 column, or any list without 序号 or
    /// 事项名称, is an error.
    @Test func missingEssentialColumnIsAnError() {
        let headers = ["序号", "事项类别", "事项名称", "联系单位", "部门职责", "街道配合职责"]
        let list = validated([row("1")], headers: headers)
        #expect(list.findings.contains { $0.code == "column.missing" && $0.severity == .error && $0.message.contains("对应上级部门") })
        let basic = validated([RawRow(cells: ["1", "甲"])], headers: ["编号", "工作内容"], title: "某县某镇基本履职事项清单")
        #expect(basic.findings.contains { $0.code == "column.missing" && $0.severity == .error && $0.message.contains("事项名称") })
    }

    /// `-raw` text shifted a row's cells: the end of 事项名称 in 收回部门, the department in 收回依据.
    @Test func textThatIsNoDepartmentInTheDepartmentCellIsAnError() {
        let list = validated([row("1"), row("2", name: "对未取得规划许可进行建", departments: "设的处罚")])
        let finding = list.findings.first { $0.code == "department.not-a-name" }
        #expect(finding?.severity == .error)
        #expect(finding?.item == 2)
        #expect(finding?.message.contains("设的处罚") == true)
        // A name printed cut short resolves to the list's full name: no error.
        let cut = validated([row("1", departments: "区城市管理局"), row("2", departments: "区城市管理")])
        #expect(!cut.findings.contains { $0.code == "department.not-a-name" })
    }

    /// Two headers read as one (收回依据备注): their cells are read as one too.
    @Test func twoHeadersReadAsOneAreAnError() {
        let headers = ["序号", "事项类别", "事项名称", "收回部门", "收回依据备注"]
        let list = validated([RawRow(cells: ["1", "行政许可", "临时用地审批", "县自然资源局", "《土地管理法》联审"])], headers: headers,
                             title: "某县某乡上级部门收回事项清单")
        let finding = list.findings.first { $0.code == "column.joined" }
        #expect(finding?.severity == .error)
        #expect(finding?.message.contains("收回依据 | 备注") == true)
    }

    /// The title printed as the table's first row: the title, with its region, and not an item.
    @Test func titleAsFirstRowIsTheTitle() {
        let list = validated([RawRow(cells: ["南山区桃源街道配合履职事项清单", "", "", "", "", ""]), row("1")], title: nil)
        #expect(list.title == "南山区桃源街道配合履职事项清单")
        #expect(list.region.township == "桃源街道")
        #expect(list.items.map(\.number) == [1])
    }

    /// A damaged rendering: the grouped cooperative list as a web page with one item's 事项名称
    /// lost. `qingdan check` must exit 1; the intact page exits 0.
    @Test func checkExitsOneOnADamagedRendering() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var table = ShapeTests.grouped
        table.rows[3][1].text = ""
        let file = directory.appendingPathComponent("damaged.html")
        try table.html.write(to: file)
        let result = try CLI.run(["check", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("name.empty"))

        let intact = directory.appendingPathComponent("intact.html")
        try ShapeTests.grouped.html.write(to: intact)
        #expect(try CLI.run(["check", intact.path]).status == 0)
    }
}

import Foundation
import Testing
import ZIPFoundation
@testable import Qingdan

@Suite struct XLSXWriterTests {
    /// A list built by hand from the DOCX sample's reference cells (the normalizer is not used).
    private func sampleList() throws -> DutyList {
        let reference = try ReferenceCells.load("kouquan-cooperative")
        let keys: [String: ColumnKey] = [
            "序号": .number, "事项类别": .category, "事项名称": .name, "对应上级部门": .departments,
            "上级部门职责": .superiorDuties, "乡镇（街道）配合职责": .townshipDuties,
        ]
        let columns = reference.headers.enumerated().map { Column(key: keys[$1] ?? .extra($0 + 1), header: $1) }
        let items = reference.rows.map { row in
            Item(number: row.number, category: row.cells[1], name: row.cells[2], departments: [], superiorDuties: [],
                 townshipDuties: [], content: nil,
                 // Stored out of order on purpose: the sheet must follow `columns`.
                 cells: zip(reference.headers, row.cells).map { CellEntry(header: $0, text: $1) }.reversed(),
                 source: ItemSource())
        }
        return DutyList(title: reference.title, listKind: .cooperative, region: Region(),
                        source: SourceInfo(file: "kouquan-cooperative.docx", format: .docx, sha256: "", pages: nil),
                        columns: columns, items: items, findings: [])
    }

    /// A small list with sections, clauses and subclauses, and text that needs escaping.
    private func clauseList() -> DutyList {
        let columns = [
            Column(key: .number, header: "序号"), Column(key: .name, header: "事项名称"),
            Column(key: .superiorDuties, header: "上级部门职责"), Column(key: .townshipDuties, header: "乡镇（街道）配合职责"),
        ]
        let item = Item(
            number: 7, category: nil, name: "医疗救助<申请>&审核", departments: ["区民政局", "区医疗保障局"],
            superiorDuties: [
                Section(heading: "区民政局：", departments: ["区民政局"], clauses: [
                    Clause(label: "1.", text: "负责审核。", subclauses: [Clause(label: "①", text: "低保对象。"), Clause(label: "②", text: "特困人员。")]),
                ]),
                Section(heading: nil, departments: ["区医疗保障局"], clauses: [Clause(label: nil, text: "负责支付。")]),
            ],
            townshipDuties: [Clause(label: "1.", text: "受理申请。"), Clause(label: "2.", text: "上报 \"材料\"。")],
            content: nil,
            cells: [
                CellEntry(header: "序号", text: "7"), CellEntry(header: "事项名称", text: "医疗救助<申请>&审核"),
                CellEntry(header: "上级部门职责", text: "区民政局：\n1.负责审核。①低保对象。②特困人员。\n负责支付。"),
                CellEntry(header: "乡镇（街道）配合职责", text: "1.受理申请。\n2.上报 \"材料\"。"),
            ],
            source: ItemSource()
        )
        return DutyList(title: "示例清单", listKind: .cooperative, region: Region(),
                        source: SourceInfo(file: "x.html", format: .html, sha256: "", pages: nil),
                        columns: columns, items: [item], findings: [])
    }

    @Test func tableSheetHoldsEveryCellOfTheSample() throws {
        let list = try sampleList()
        let sheets = try XLSXReadBack.sheets(XLSXWriter().data(list))
        let reference = try ReferenceCells.load("kouquan-cooperative")
        #expect(sheets.count == 2)
        #expect(sheets.first?.first == reference.headers)
        #expect(Array(sheets[0].dropFirst()) == reference.rows.map(\.cells))
    }

    @Test func clauseSheetHasOneRowPerClauseAndSubclause() throws {
        let sheets = try XLSXReadBack.sheets(XLSXWriter().data(clauseList()))
        let name = "医疗救助<申请>&审核"
        #expect(sheets[1] == [
            ["序号", "事项名称", "栏目", "部门", "编号", "内容"],
            ["7", name, "上级部门职责", "区民政局", "1.", "负责审核。"],
            ["7", name, "上级部门职责", "区民政局", "1.①", "低保对象。"],
            ["7", name, "上级部门职责", "区民政局", "1.②", "特困人员。"],
            ["7", name, "上级部门职责", "区医疗保障局", "", "负责支付。"],
            ["7", name, "乡镇（街道）配合职责", "", "1.", "受理申请。"],
            ["7", name, "乡镇（街道）配合职责", "", "2.", "上报 \"材料\"。"],
        ])
        #expect(sheets[0][1][2] == "区民政局：\n1.负责审核。①低保对象。②特困人员。\n负责支付。")
    }

    @Test func normalizedSampleGivesEveryClauseOfTheClausesCSV() throws {
        let list = try ReferenceCells.list("kouquan-cooperative")
        let sheets = try XLSXReadBack.sheets(XLSXWriter().data(list))
        let reference = try ReferenceCells.load("kouquan-cooperative")
        #expect(sheets[0] == [reference.headers] + reference.rows.map(\.cells))
        let clauses = ClauseRow.rows(of: list)
        #expect(clauses.count > list.items.count)
        #expect(Array(sheets[1].dropFirst()) == clauses.map { [String($0.number), $0.name, $0.column, $0.department, $0.label, $0.text] })
    }

    @Test func sameListGivesSameBytes() throws {
        let list = try sampleList()
        let first = try XLSXWriter().data(list)
        #expect(try XLSXWriter().data(list) == first)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func sheetLayout() throws {
        let archive = try Archive(data: XLSXWriter().data(sampleList()), accessMode: .read)
        let workbook = try XLSXReadBack.part("xl/workbook.xml", in: archive)
        #expect(workbook.contains("<sheet name=\"清单\" sheetId=\"1\""))
        #expect(workbook.contains("<sheet name=\"条款\" sheetId=\"2\""))
        let sheet = try XLSXReadBack.part("xl/worksheets/sheet1.xml", in: archive)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        // 序号 narrow, the duty columns wide.
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"6\" customWidth=\"1\"/>"))
        #expect(sheet.contains("<col min=\"5\" max=\"5\" width=\"60\" customWidth=\"1\"/>"))
        // 序号 is a number cell; texts are shared strings.
        #expect(sheet.contains("<c r=\"A2\" s=\"3\"><v>1</v></c>"))
        #expect(sheet.contains("<c r=\"B2\" s=\"1\" t=\"s\">"))
    }

    @Test func columnNames() {
        #expect(Worksheet.columnName(1) == "A")
        #expect(Worksheet.columnName(26) == "Z")
        #expect(Worksheet.columnName(27) == "AA")
        #expect(Worksheet.columnName(703) == "AAA")
    }

    /// LibreOffice, where installed, reads the workbook to the same cells (skipped without soffice).
    @Test func libreOfficeReadsTheSameCells() throws {
        let list = try sampleList()
        let directory = try LibreOffice.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let book = directory.appendingPathComponent("list.xlsx")
        try XLSXWriter().data(list).write(to: book)
        let sheets = try LibreOffice.csvSheets(of: book, in: directory)
        let reference = try ReferenceCells.load("kouquan-cooperative")
        #expect(sheets.first == [reference.headers] + reference.rows.map(\.cells))
        let clauseList = clauseList()
        let clauseBook = directory.appendingPathComponent("clauses.xlsx")
        try XLSXWriter().data(clauseList).write(to: clauseBook)
        let clauseSheets = try LibreOffice.csvSheets(of: clauseBook, in: directory)
        #expect(clauseSheets.count == 2)
        #expect(clauseSheets.last == (try XLSXReadBack.sheets(XLSXWriter().data(clauseList))).last)
    }
}

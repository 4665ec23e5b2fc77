import Foundation
import Testing
@testable import Qingdan

/// A two-item list written by hand, small enough to check every output byte by eye.
let handList = DutyList(
    title: "大同市云冈区口泉乡配合履职事项清单",
    listKind: .cooperative,
    region: Region(city: "大同市", district: "云冈区", township: "口泉乡"),
    source: SourceInfo(file: "hand.txt", format: .text, sha256: String(repeating: "0", count: 64), pages: nil),
    columns: [
        Column(key: .number, header: "序号"), Column(key: .category, header: "事项类别"),
        Column(key: .name, header: "事项名称"), Column(key: .departments, header: "对应上级部门"),
        Column(key: .superiorDuties, header: "上级部门职责"), Column(key: .townshipDuties, header: "乡镇（街道）配合职责"),
    ],
    items: [
        Item(number: 1, category: "党的建设", name: "史志编纂工作", departments: ["区委党史区志研究室"],
             superiorDuties: [Section(heading: nil, departments: [], clauses: [Clause(label: "1.", text: "负责征集, \"整理\"。")])],
             townshipDuties: [Clause(label: nil, text: "配合报送。")], content: nil,
             cells: [CellEntry(header: "序号", text: "1"), CellEntry(header: "事项类别", text: "党的建设"),
                     CellEntry(header: "事项名称", text: "史志编纂工作。"), CellEntry(header: "对应上级部门", text: "区委党史区志研究室"),
                     CellEntry(header: "上级部门职责", text: "1.负责征集, \"整理\"。"), CellEntry(header: "乡镇（街道）配合职责", text: "配合报送。")],
             source: ItemSource(pages: [], lines: [5, 9])),
        Item(number: 2, category: "民生服务", name: "医疗救助", departments: ["区民政局", "区医疗保障局"],
             superiorDuties: [Section(heading: "区民政局：", departments: ["区民政局"],
                                      clauses: [Clause(label: "1.", text: "审核。", subclauses: [Clause(label: "①", text: "低保对象。"), Clause(label: "②", text: "其他。")])])],
             townshipDuties: [Clause(label: "1.", text: "受理。"), Clause(label: "2.", text: "上报。")], content: nil,
             cells: [CellEntry(header: "序号", text: "2"), CellEntry(header: "事项类别", text: "民生服务"),
                     CellEntry(header: "事项名称", text: "医疗救助。"), CellEntry(header: "对应上级部门", text: "区民政局\n区医疗保障局"),
                     CellEntry(header: "上级部门职责", text: "区民政局：\n1.审核。\n①低保对象。②其他。"), CellEntry(header: "乡镇（街道）配合职责", text: "1.受理。\n2.上报。")],
             source: ItemSource(pages: [], lines: [10, 16])),
    ],
    findings: [Finding(.info, "department.alias", item: 2, column: "对应上级部门", .verbatim("区医保局 read as 区医疗保障局"))]
)

@Suite struct CSVWriterTests {
    @Test func itemRowsFollowRFC4180WithBOM() {
        let csv = CSVWriter().render(handList)
        #expect(csv.hasPrefix("\u{FEFF}序号,事项类别,事项名称,对应上级部门,上级部门职责,乡镇（街道）配合职责\r\n"))
        // Comma and quotes force quoting; quotes are doubled.
        #expect(csv.contains("\r\n1,党的建设,史志编纂工作。,区委党史区志研究室,\"1.负责征集, \"\"整理\"\"。\",配合报送。\r\n"))
        // A hard break stays inside the quoted field.
        #expect(csv.contains("2,民生服务,医疗救助。,\"区民政局\n区医疗保障局\",\"区民政局：\n1.审核。\n①低保对象。②其他。\",\"1.受理。\n2.上报。\"\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 4)
    }

    @Test func noBOMOnRequest() {
        #expect(CSVWriter(byteOrderMark: false).render(handList).hasPrefix("序号,"))
    }

    @Test func clauseRowsCarryLabelPathsAndDepartments() {
        let lines = CSVWriter(byteOrderMark: false).renderClauses(handList).components(separatedBy: "\r\n")
        #expect(lines == [
            "number,name,column,department,label,text",
            "1,史志编纂工作,上级部门职责,区委党史区志研究室,1.,\"负责征集, \"\"整理\"\"。\"",
            "1,史志编纂工作,乡镇（街道）配合职责,,,配合报送。",
            "2,医疗救助,上级部门职责,区民政局,1.,审核。",
            "2,医疗救助,上级部门职责,区民政局,1.①,低保对象。",
            "2,医疗救助,上级部门职责,区民政局,1.②,其他。",
            "2,医疗救助,乡镇（街道）配合职责,,1.,受理。",
            "2,医疗救助,乡镇（街道）配合职责,,2.,上报。",
            "",
        ])
    }
}

@Suite struct MarkdownWriterTests {
    @Test func rendersCountsContentsAndItems() {
        let md = MarkdownWriter().render(handList)
        #expect(md.hasPrefix("# 大同市云冈区口泉乡配合履职事项清单\n\n2 项 · 来源 `hand.txt`（text）\n"))
        #expect(md.contains("| 党的建设 | 1 |\n| 民生服务 | 1 |\n| **合计** | **2** |"))
        #expect(md.contains("- [2. 医疗救助](#item-2)（民生服务）"))
        #expect(md.contains("## 2. 医疗救助\n\n- **事项类别**：民生服务\n- **对应上级部门**：区民政局、区医疗保障局\n"))
        #expect(md.contains("**区民政局：**\n\n- 1.审核。\n  - ①低保对象。\n  - ②其他。\n"))
        #expect(md.contains("- 第 2 项 **提示** `department.alias` 区医保局 read as 区医疗保障局"))
        #expect(!md.contains("\n\n\n"))
    }

    @Test func escapesMarkdownSyntax() {
        #expect(MarkdownText.escape("a*b_c|d[e]<f>#") == "a\\*b\\_c\\|d\\[e\\]\\<f\\>\\#")
    }
}

@Suite struct JSONWriterTests {
    @Test func keepsSchemaOrderAndEscapes() {
        let json = JSONWriter().render(handList)
        #expect(json.hasPrefix("{\n  \"schema_version\": 1,\n  \"title\": \"大同市云冈区口泉乡配合履职事项清单\",\n  \"list_kind\": \"cooperative\",\n"))
        #expect(json.contains("\"text\": \"负责征集, \\\"整理\\\"。\""))
        #expect(json.contains("\"对应上级部门\": \"区民政局\\n区医疗保障局\""))
        #expect(json.contains("\"lines\": [5, 9]"))
    }

    @Test func roundTripsThroughDecoder() throws {
        let data = Data(JSONWriter().render(handList).utf8)
        let decoded = try DutyList(canonicalJSONData: data)
        #expect(decoded.items.map(\.name) == ["史志编纂工作", "医疗救助"])
        #expect(decoded.items[1].superiorDuties == handList.items[1].superiorDuties)
        #expect(decoded.findings == handList.findings)
    }
}

@Suite struct ShapesModelTests {
    /// handList as a basic list printed with section rows and a grouped header.
    static var shaped: DutyList {
        var list = handList
        list.columns[4].group = "职责边界划分"
        list.columns[5].group = "职责边界划分"
        list.items[0].subcategory = "基层党建"
        list.sectionRows = [ListSection(text: "一、党的建设（1项）", level: 1, title: "党的建设", firstItem: 1),
                            ListSection(text: "（一）基层党建", level: 2, title: "基层党建", firstItem: 1)]
        return list
    }

    @Test func optionalShapeFieldsAreWrittenOnlyWhenPresent() {
        let plain = JSONWriter().render(handList)
        #expect(!plain.contains("\"group\""))
        #expect(!plain.contains("\"subcategory\""))
        #expect(!plain.contains("\"section_rows\""))
        let shaped = JSONWriter().render(Self.shaped)
        #expect(shaped.contains("\"group\": \"职责边界划分\""))
        #expect(shaped.contains("\"subcategory\": \"基层党建\""))
        #expect(shaped.contains("\"text\": \"一、党的建设（1项）\""))
    }

    @Test func shapedListValidatesAndRoundTrips() throws {
        let json = JSONWriter().render(Self.shaped)
        #expect(try SchemaValidation.errors(in: json) == nil)
        let decoded = try DutyList(canonicalJSONData: Data(json.utf8))
        #expect(decoded.columns == Self.shaped.columns)
        #expect(decoded.sectionRows == Self.shaped.sectionRows)
        #expect(decoded.items[0].subcategory == "基层党建")
        #expect(decoded.items[1].subcategory == nil)
    }

    @Test func sectionRowTextCountsAsPlaced() {
        let table = RawTable(title: nil, headers: ["序号", "事项名称"],
                             rows: [RawRow(section: "一、党的建设"), RawRow(cells: ["1", "史志编纂"])],
                             regionCharacters: 6 + 1 + 4)
        #expect(ConservationCheck().findings(in: table).isEmpty)
    }
}

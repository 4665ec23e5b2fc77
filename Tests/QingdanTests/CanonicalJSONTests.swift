import Foundation
import Testing
@testable import Qingdan

/// A list with every optional field set and every array non-empty, values unlike each other so
/// that a field read into the wrong place shows. `everyFieldIsSet` keeps it complete when the
/// model grows a field.
let fullList = DutyList(
    title: "某省某市某区某镇配合履职事项清单（2025年版）",
    listKind: .returned,
    region: Region(province: "某省", city: "某市", district: "某区", township: "某镇"),
    source: SourceInfo(file: "某镇.pdf", format: .pdf, sha256: String(repeating: "ab", count: 32), pages: 7),
    columns: [
        Column(key: .number, header: "序号", group: "组序号"), Column(key: .category, header: "类别", group: "组类别"), Column(key: .name, header: "名称", group: "组名称"),
        Column(key: .departments, header: "部门", group: "组部门"), Column(key: .superiorDuties, header: "上级职责", group: "组上级职责"),
        Column(key: .townshipDuties, header: "乡镇职责", group: "组乡镇职责"), Column(key: .content, header: "具体内容", group: "组具体内容"),
        Column(key: .basis, header: "依据", group: "组依据"), Column(key: .remarks, header: "备注", group: "组备注"), Column(key: .extra(10), header: "附加", group: "其他"),
    ],
    items: [
        Item(number: 3, category: "平安建设", name: "名\"称\\一\n", departments: ["区甲局", "区乙局"],
             superiorDuties: [Section(heading: "区甲局：", departments: ["区甲局"],
                                      clauses: [Clause(label: "1.", text: "职责\t一", subclauses: [Clause(label: "①", text: "子\u{1}项")])])],
             townshipDuties: [Clause(label: "（一）", text: "配合", subclauses: [Clause(label: "a", text: "细")])],
             content: [Clause(label: "一、", text: "内容", subclauses: [Clause(label: "1)", text: "内\u{2028}容")])],
             // Deliberately not in alphabetical or code-point order: the printed order must survive.
             cells: [CellEntry(header: "附加", text: "z"), CellEntry(header: "序号", text: "3"), CellEntry(header: "类别", text: "平安建设"),
                     CellEntry(header: "名称", text: "名称"), CellEntry(header: "部门", text: "区甲局\n区乙局"),
                     CellEntry(header: "上级职责", text: "区甲局：\n1.职责"), CellEntry(header: "乡镇职责", text: "（一）配合"),
                     CellEntry(header: "具体内容", text: "一、内容"), CellEntry(header: "依据", text: "《条例》"), CellEntry(header: "备注", text: "无")],
             source: ItemSource(pages: [2, 3], lines: [40, 52]), subcategory: "（一）基层"),
    ],
    findings: [Finding(.error, "text.lost", item: 3, column: "备注", message: "丢失 \"x\"")],
    sectionRows: [ListSection(text: "一、平安建设（1项）", level: 1, title: "平安建设", firstItem: 3)]
)

@Suite("Canonical JSON")
struct CanonicalJSONTests {
    /// Write → read → write: the same model and the same bytes.
    private func roundTrip(_ list: DutyList) throws {
        let written = JSONWriter().render(list)
        let read = try EditionReader().decode(Data(written.utf8), path: "x.json")
        #expect(read == list)
        #expect(JSONWriter().render(read) == written)
    }

    @Test("a list with every optional field set reads back field for field and byte for byte")
    func everyField() throws {
        try roundTrip(fullList)
        // Absent optionals: null where the schema writes null, no key where it leaves the key out.
        var bare = fullList
        bare.region = Region()
        bare.source.pages = nil
        bare.items[0].category = nil
        bare.items[0].content = nil
        bare.items[0].source = ItemSource()
        bare.items[0].superiorDuties = [Section(heading: nil, departments: [], clauses: [Clause(label: nil, text: "")])]
        bare.findings = [Finding(.info, "c", message: "m")]
        bare.sectionRows = nil
        for i in bare.columns.indices { bare.columns[i].group = nil }
        bare.items[0].subcategory = nil
        try roundTrip(bare)
        for key in ["content", "section_rows", "group", "subcategory"] {
            #expect(!JSONWriter().render(bare).contains("\"\(key)\":"))
        }
        // A section row without an item after it.
        bare.sectionRows = [ListSection(text: "二、其他", level: 1, title: "其他", firstItem: nil)]
        try roundTrip(bare)
    }

    @Test("the full fixture leaves no optional field nil and no array empty (covers fields added later)")
    func everyFieldIsSet() {
        var unset: [String] = []
        func walk(_ value: Any, _ path: String) {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                guard let child = mirror.children.first else { unset.append(path); return }
                walk(child.value, path)
                return
            }
            // A subclause's own subclauses end the recursion.
            if mirror.displayStyle == .collection, mirror.children.isEmpty, !path.hasSuffix(".subclauses.0.subclauses") {
                unset.append(path)
                return
            }
            for (i, child) in mirror.children.enumerated() { walk(child.value, path + "." + (child.label ?? "\(i)")) }
        }
        walk(fullList, "list")
        #expect(unset == [])
    }

    @Test("the committed outputs of the samples read back to the same bytes", arguments: ["kouquan-cooperative", "kouquan-cooperative-rev"])
    func samples(_ stem: String) throws {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("Output/\(stem).json"))
        let list = try DutyList(canonicalJSONData: data)
        #expect(list.items.count == 100)
        #expect(Data(JSONWriter().render(list).utf8) == data)
    }

    @Test("cells keep the order they are written in, not the order of their keys")
    func cellOrder() throws {
        let read = try DutyList(canonicalJSONData: Data(JSONWriter().render(fullList).utf8))
        #expect(read.items[0].cells.map(\.header).first == "附加")
    }

    @Test("JSON escapes and surrogate pairs are read", arguments: [
        (#""a\"b\\c\/d\n\r\t\b\f""#, "a\"b\\c/d\n\r\t\u{8}\u{C}"),
        (#""\u4e2d\u6587 \ud83d\ude00""#, "中文 😀"),
        ("\"清单\"", "清单"),
    ])
    func escapes(_ json: String, _ expected: String) throws {
        #expect(try JSONValue.parse(Data(json.utf8)) == .string(expected))
    }

    @Test("malformed JSON fails with the place", arguments: ["{", "[1,]", "{\"a\" 1}", "1.5", "\"\\ud800\"", "{} x", "nul", "\"a\nb\""])
    func malformed(_ json: String) {
        #expect(throws: JSONShapeError.self) { _ = try JSONValue.parse(Data(json.utf8)) }
    }

    @Test("a wrong field names its path")
    func wrongField() {
        var json = JSONWriter().render(fullList)
        json = json.replacingOccurrences(of: "\"number\": 3", with: "\"number\": \"3\"")
        #expect(throws: JSONShapeError(problem: "wrong type at", path: "items[0].number")) {
            _ = try DutyList(canonicalJSONData: Data(json.utf8))
        }
    }
}

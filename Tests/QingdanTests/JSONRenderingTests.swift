import Foundation
import Testing
@testable import Qingdan

/// The JSON writer renders each item straight into its bytes (`Item+JSONRendering.swift`); the
/// item's `canonicalJSON` tree, rendered by `JSONValue` and read back by the JSON parser, is the
/// truth it must equal byte for byte.
@Suite struct JSONRenderingTests {
    private func expectSameBytes(_ item: Item, _ note: String) {
        var direct: [UInt8] = []
        item.renderCanonicalJSON(into: &direct, indent: 4)
        var tree: [UInt8] = []
        item.canonicalJSON.render(into: &tree, indent: 4)
        #expect(direct == tree, "\(note)")
    }

    @Test func everySampleItemRendersAsItsTree() throws {
        let samples = packageRoot.appendingPathComponent("Samples")
        var count = 0
        for name in ["kouquan-cooperative.txt", "kouquan-cooperative.layout.txt", "kouquan-cooperative.html"] {
            let list = try ListReader().read(path: samples.appendingPathComponent(name).path)
            for item in list.items { expectSameBytes(item, "\(name) item \(item.number)") }
            count += list.items.count
        }
        #expect(count > 200)
    }

    /// The shapes the samples lack: no category, a subcategory, a 具体内容 column, more than
    /// eight departments or pages (one per line), no lines, empty arrays and cells, subclauses,
    /// text to escape.
    @Test func edgeShapesRenderAsTheirTrees() throws {
        let clause = Clause(label: "1.", text: "含\"引号\"与\\反斜杠\n换行\u{2028}", subclauses: [
            Clause(label: "①", text: "子项"), Clause(label: nil, text: ""),
        ])
        let many = (1...9).map { "部门\($0)" }
        let items = [
            Item(number: 1, category: nil, name: "", departments: [], superiorDuties: [], townshipDuties: [],
                 content: nil, cells: [], source: ItemSource()),
            Item(number: 2, category: "类", name: "名", departments: many,
                 superiorDuties: [Section(heading: nil, departments: [], clauses: []),
                                  Section(heading: "区民政局：", departments: many, clauses: [clause])],
                 townshipDuties: [clause, clause], content: [], cells: [CellEntry(header: "序号", text: "2"), CellEntry(header: "备注", text: "")],
                 source: ItemSource(pages: Array(1...9), lines: [3, 4]), subcategory: "子类"),
            Item(number: -3, category: "", name: "\u{1}", departments: ["一"], superiorDuties: [], townshipDuties: [],
                 content: [clause], cells: [CellEntry(header: "\"", text: "\t")], source: ItemSource(pages: Array(1...8), lines: nil)),
        ]
        for item in items {
            expectSameBytes(item, "item \(item.number)")
            var direct: [UInt8] = []
            item.renderCanonicalJSON(into: &direct, indent: 0)
            // The bytes are JSON that reads back as the item (an independent parser).
            let back = try Item(canonicalJSON: JSONValue.parse(Data(direct)), path: "")
            #expect(back == item)
        }
    }
}

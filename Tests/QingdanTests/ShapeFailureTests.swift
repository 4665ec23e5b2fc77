import Foundation
import Testing
@testable import Qingdan

/// The failures listed at the top of issue 9 that the PDF and text readers own, each on the shape
/// fixture that reproduces it (Tests/Tools/make_shape_fixtures.py), compared with the truth the
/// generator wrote.
@Suite struct ShapeFailureTests {
    static func read(_ file: String) throws -> DutyList {
        try ListReader().read(path: GeneratedShapeTruth.directory.appendingPathComponent(file).path)
    }

    static func truth(_ variant: String, item: Int, _ key: String) throws -> Any? {
        try GeneratedShapeTruth.load(variant).items[item - 1][key]
    }


    @Test func groupedHeaderInPDFGivesLeafColumnsAndNoHeaderItems() throws {
        // 职责边界划分 over 上级部门职责 | 乡镇（街道）配合职责, repeated on pages 2 and 3: 14 items, not
        // the second header row and each repeat read as items.
        let list = try Self.read("cooperative-grouped.lo.pdf")
        #expect(list.items.map(\.number) == Array(1...14))
        #expect(list.columns.map(\.header) == ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"])
        #expect(list.columns.map(\.group) == [nil, nil, nil, nil, "职责边界划分", "职责边界划分"])
        #expect(list.columns[4].key == .superiorDuties && list.columns[5].key == .townshipDuties)
    }

    @Test func mergedCategoryAcrossAPageBreakInPDF() throws {
        // 民生保障 is merged over items 4–8; item 7 breaks from page 1 onto page 2 and the value is
        // printed on page 1 only.
        let list = try Self.read("cooperative-grouped.lo.pdf")
        #expect(list.items[6].source.pages == [1, 2])
        #expect(list.items[3...7].map(\.category) == Array(repeating: "民生保障", count: 5))
        #expect(list.items[8...11].map(\.category) == Array(repeating: "应急管理", count: 4))
    }

    @Test func titlePrintedAsTheTablesFirstRowInPDF() throws {
        // 青山县城关街道配合履职事项清单 in a row of its own above the header: it is the title, and
        // the columns are named after the header below it.
        let list = try Self.read("cooperative-portrait.lo.pdf")
        #expect(list.title == "青山县城关街道配合履职事项清单")
        #expect(list.columns.map(\.header) == ["序号", "事项类别", "事项名称", "配合部门", "县级部门", "乡镇（街道）"])
        let truth = try GeneratedShapeTruth.load("cooperative-portrait")
        for (index, (item, expected)) in zip(try GeneratedShapeTruth.itemObjects(of: list), truth.items).enumerated() {
            #expect(GeneratedShapeTruth.equal(item["cells"], expected["cells"]), "item \(index + 1)")
        }
        #expect(list.items.count == truth.items.count)
    }

    @Test func sectionRowsInPDFAreNeverItems() throws {
        // 一、党的建设 / （一）基层党建 printed across the table: no item of their own; they give the
        // category and sub-category to the items below.
        let list = try Self.read("basic-sections.lo.pdf")
        #expect(list.items.map(\.number) == Array(1...12))
        for item in list.items {
            #expect(item.category == (try Self.truth("basic-sections", item: item.number, "category") as? String))
            #expect(item.subcategory == (try Self.truth("basic-sections", item: item.number, "subcategory") as? String))
        }
    }

    @Test func yearAfterAClauseNumberStartsTheClause() throws {
        // 2.2022年起每届换届前开展… is clause 2, not text of clause 1.
        let list = try Self.read("basic-portrait.lo.pdf")
        #expect(list.items[0].content?.map(\.label) == ["1.", "2.", "3."])
        #expect(list.items[0].content?[1].text.hasPrefix("2022年起") == true)
    }

    @Test func twoDepartmentsOnTwoLinesStayTwo() throws {
        // 县残疾人联合会 fills its line in the 对应上级部门 column; 县民政局 below it is a second name.
        let list = try Self.read("cooperative-grouped.lo.pdf")
        #expect(list.items[3].departments == ["县残疾人联合会", "县民政局"])
    }

    @Test func noSpaceInventedBetweenCircledNumberAndLatin() throws {
        // ①C级及以上风险企业… is printed without a space.
        let list = try Self.read("basic-sections.lo.pdf")
        let first = list.items[8].content?.first?.subclauses.first
        #expect(first?.label == "①")
        #expect(first?.text == "C级及以上风险企业每月检查一次；")
    }

    @Test(arguments: ["returned-portrait.raw.txt", "returned-portrait.layout.txt", "returned-portrait.export.txt",
                      "basic-sections.raw.txt", "basic-sections.layout.txt", "basic-sections.lo.pdf"])
    func titleOnTwoLinesIsOneTitle(file: String) throws {
        // 临川县石门镇 / 基本履职事项清单 (上级部门收回事项清单) above the table.
        let variant = String(file.prefix { $0 != "." })
        #expect(try Self.read(file).title == (try GeneratedShapeTruth.load(variant).title))
    }

    @Test func wrappedHeaderInRawTextGivesItsColumns() throws {
        // pdftotext -raw of a portrait list: 序 / 号 / 事项类 / 别 / 事项名称 承接部门 收回依据 备注.
        let list = try Self.read("returned-portrait.raw.txt")
        #expect(list.columns.map(\.header) == ["序号", "事项类别", "事项名称", "承接部门", "收回依据", "备注"])
    }

    @Test(arguments: ["cooperative-grouped.chromium.pdf", "basic-portrait.chromium.pdf", "returned-portrait.chromium.pdf"])
    func chromiumRowsBesideAMergedCategoryAreRowsOfTheirOwn(file: String) throws {
        // Chromium prints 事项类别 merged over a run; its fonts' glyph boxes (2.6 em tall) reach over
        // the row rules beside it, which were dropped as glyph strokes, so rows came out merged in
        // pairs. Every item keeps its own 序号 and 事项名称, and nothing is reported merged.
        let list = try Self.read(file)
        let truth = try GeneratedShapeTruth.load(String(file.prefix { $0 != "." }))
        #expect(list.items.map { Optional($0.number) } == truth.items.map { $0["number"] as? Int })
        #expect(list.items.map(\.name) == truth.items.map { $0["name"] as? String ?? "" })
        #expect(!list.findings.contains { $0.code == "table.merged-rows" })
    }

    @Test func chromiumRepeatedHeaderWithItsTitleRowIsNoItem() throws {
        // A title printed as the table's first row inside <thead>: Chromium repeats it with the
        // two header rows on every page, and the three bands were read as an item (序号 "序号",
        // 事项类别 "事项类别", 县级部门 "职责边界\n县级部门").
        let list = try Self.read("cooperative-portrait.chromium.pdf")
        let truth = try GeneratedShapeTruth.load("cooperative-portrait")
        #expect(list.items.map { Optional($0.number) } == truth.items.map { $0["number"] as? Int })
        #expect(!list.items.contains { HeaderVocabulary.isExactWording($0.name) || HeaderVocabulary.isExactWording($0.category ?? "") })
        #expect(!list.findings.contains { $0.code == "text.header-in-row" })
    }
}

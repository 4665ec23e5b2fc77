import Foundation
import Testing
@testable import Qingdan

@Suite struct LayoutTextTests {
    static let samplePath = ReferenceCells.sample("kouquan-cooperative.layout.txt").path

    static func sampleText() throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: samplePath))
        return try #require(TextDecoder.decode(data)).text
    }

    static func sampleTable() throws -> RawTable {
        try LayoutTextTokenizer().tokenize(text: sampleText(), path: samplePath)
    }

    @Test func allRowsEqualTheReference() throws {
        let table = try Self.sampleTable()
        let reference = try ReferenceCells.load("kouquan-cooperative")
        #expect(table.headers == reference.headers)
        #expect(table.rows.count == reference.rows.count)
        let comparison = reference.compare(table)
        #expect(comparison.differences.isEmpty, "first differing row: \(comparison.firstDifference ?? "")")
        #expect(table.findings.isEmpty, "\(table.findings)")
    }

    @Test func titleAndHeaders() throws {
        let table = try Self.sampleTable()
        #expect(table.title == "大同市云冈区口泉乡配合履职事项清单")
        // 序号 is printed as 序 over 号; the other headers fit on one line.
        #expect(table.headers == ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"])
        #expect(table.pageCount == 23)
        // The header is printed again at the top of pages 2–23; none of it may land in a row.
        #expect(table.rows.map { $0.cells[0] } == (1...100).map(String.init))
        #expect(!table.rows.contains { $0.cells.contains { $0.contains("乡镇（街道）配合职责") || $0 == "号" } })
    }

    @Test func firstRowLinesAndPage() throws {
        let row = try #require(Self.sampleTable().rows.first)
        // Line 1 title, 2–3 header (序 / 号), item 1 on lines 4–8.
        #expect(row.lines == 4...8)
        #expect(row.pages == [1])
    }

    /// Item 6 ends page 1 with "…发生变化的，进" and continues on page 2, under the repeated
    /// header, with "行复核。".
    @Test func rowContinuesAcrossPageBreak() throws {
        let table = try Self.sampleTable()
        let row = try #require(table.rows.first { $0.cells.first == "6" })
        #expect(row.pages == [1, 2])
        #expect(row.lines == 36...40)
        #expect(row.cells[4] == "1.对特困人员生活自理能力进行评估。\n2.对集中供养的特困人员生活自理能力发生变化的，进行复核。")
        #expect(row.cells[5] == "对分散特困人员生活自理能力发生变化的，进行复核并上报区民政局。")
        // The last item breaks across the last two pages.
        let last = try #require(table.rows.last)
        #expect(last.cells.first == "100")
        #expect(last.pages == [22, 23])
        #expect(last.cells[2] == "对在依法划定的电力设施保护区内修建的建筑物、构筑物或者种植的植物、堆放的物品强制拆除、砍伐或者清除。")
    }

    /// Item 5 prints "① 低保对象" (a gap pdftotext invents next to ①) at the start of a paragraph,
    /// and its department cell wraps "（区医疗保障局）" under a full line.
    @Test func item5CircledNumberAndWrappedDepartment() throws {
        let row = try #require(Self.sampleTable().rows.first { $0.cells.first == "5" })
        #expect(row.cells[3] == "区民政局\n区人力资源和社会保障局（区医疗保障局）")
        #expect(row.cells[4].contains("推送给区医疗保障局。\n①低保对象、特困人员"))
        #expect(row.cells[4].contains("②因病致贫重病患者"))
        #expect(!row.cells[4].contains("① "))
    }

    /// Typed spaces stay, invented ones next to digits and Latin letters go.
    @Test func spacesAroundLatinAndTyped() throws {
        let cells = try Self.sampleTable().rows.flatMap(\.cells)
        #expect(cells.contains { $0.contains("监督管理 ，定期") })
        #expect(cells.contains { $0.contains("巡查， 配合") })
        #expect(cells.contains { $0.contains("行为, 及时") })
        #expect(cells.contains { $0.contains("3层及以上") })
        #expect(cells.contains { $0.contains("落实24小时") })
        #expect(cells.contains { $0.contains("督促A级") })
    }

    @Test func crlfGivesTheSameTable() throws {
        let text = try Self.sampleText()
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let table = try LayoutTextTokenizer().tokenize(text: crlf, path: "crlf.txt")
        #expect(table == (try Self.sampleTable()))
    }

    /// Exported without page breaks (`pdftotext -layout -nopgbrk`): each repeated header still
    /// gives its page's columns, so the cells are the same; everything is on page 1.
    @Test func withoutFormFeedsGivesTheSameCells() throws {
        let text = try Self.sampleText().replacingOccurrences(of: "\u{0C}", with: "")
        let table = try LayoutTextTokenizer().tokenize(text: text, path: "nopgbrk.txt")
        #expect(table.rows.map(\.cells) == (try Self.sampleTable()).rows.map(\.cells))
        #expect(table.pageCount == 1)
    }

    /// Places texts at character positions, as `pdftotext -layout` prints them.
    static func line(_ parts: (Int, String)...) -> String {
        var line = ""
        for (position, text) in parts {
            line += String(repeating: " ", count: max(position - line.count, 1)) + text
        }
        return line.hasPrefix(" ") && parts.first?.0 == 0 ? String(line.dropFirst()) : line
    }

    /// A table made up here: three columns at other positions and widths than the sample, shifted
    /// on the second page, a header wrapped over two lines, text starting one position left of
    /// its header word, a page number, a row continuing after the page break.
    @Test func syntheticThreeColumnTable() throws {
        let lines = [
            Self.line((8, "测试清单")),
            Self.line((0, "编"), (4, "名称"), (12, "内容说明")),
            Self.line((0, "号")),
            Self.line((0, "1"), (4, "甲事项"), (11, "第一行写满了字")),
            Self.line((11, "接着写完。")),
            Self.line((12, "短段落。")),
            Self.line((0, "2"), (4, "乙事项"), (12, "内容一行。")),
            Self.line((12, "A 级事项写满了")),
            Self.line((20, "- 1 -")),
            "\u{0C}" + Self.line((0, "编"), (6, "名称"), (16, "内容说明")),
            Self.line((0, "号")),
            Self.line((16, "继续第二段。")),
            Self.line((0, "3"), (6, "丙事项"), (16, "1.第一条。")),
            Self.line((16, "第二行也写满字")),
            Self.line((16, "了。")),
            Self.line((16, "2.第二条。")),
        ]
        let table = try LayoutTextTokenizer().tokenize(text: lines.joined(separator: "\n") + "\n\u{0C}", path: "synthetic.txt")
        #expect(table.title == "测试清单")
        #expect(table.headers == ["编号", "名称", "内容说明"])
        #expect(table.pageCount == 2)
        #expect(table.findings.isEmpty, "\(table.findings)")
        #expect(table.rows.map(\.cells) == [
            ["1", "甲事项", "第一行写满了字接着写完。\n短段落。"],
            ["2", "乙事项", "内容一行。\nA级事项写满了继续第二段。"],
            ["3", "丙事项", "1.第一条。\n第二行也写满字了。\n2.第二条。"],
        ])
        #expect(table.rows.map(\.pages) == [[1], [1, 2], [2]])
        #expect(table.rows.map(\.lines) == [4...6, 7...12, 13...16])
    }

    /// Centred header words over short cell text, a running head above the repeated header, a
    /// footer and a page number on every page: only the table goes into rows.
    @Test func centredHeadersAndPageFurniture() throws {
        let header = Self.line((0, "序号"), (10, "名称"), (24, "说明"))
        let footer = [Self.line((10, "某某乡人民政府")), Self.line((12, "第 N 页"))]
        func foot(_ page: Int) -> [String] { footer.map { $0.replacingOccurrences(of: "N", with: "\(page)") } }
        let lines = [Self.line((6, "示例清单")), header,
                     Self.line((0, "1"), (6, "甲"), (18, "短内容。")),
                     Self.line((0, "2"), (6, "乙乙乙"), (18, "另一条说明写满"))] + foot(1)
            + ["\u{0C}" + Self.line((0, "附件")), header,
               Self.line((18, "了。")),
               Self.line((0, "3"), (6, "丙"), (18, "第三条。"))] + foot(2)
            + ["\u{0C}" + Self.line((0, "附件")), header,
               Self.line((0, "4"), (6, "丁"), (18, "第四条。"))] + foot(3)
        let table = try LayoutTextTokenizer().tokenize(text: lines.joined(separator: "\n") + "\n\u{0C}", path: "furniture.txt")
        #expect(table.title == "示例清单")
        #expect(table.headers == ["序号", "名称", "说明"])
        #expect(table.pageCount == 3)
        #expect(table.rows.map(\.cells) == [
            ["1", "甲", "短内容。"],
            ["2", "乙乙乙", "另一条说明写满了。"],
            ["3", "丙", "第三条。"],
            ["4", "丁", "第四条。"],
        ])
        #expect(table.findings.map(\.code) == ["text.footer", "text.outside", "text.outside"])
        #expect(table.findings.filter { $0.code == "text.outside" }.allSatisfy { $0.message(in: .english).contains("附件") })
    }

    @Test func textBeforeTheFirstRowIsReported() throws {
        let text = """
            标题
            序号  名称    内容
            这一行不是表头而是多余的文字
            1     甲      乙
            """
        let table = try LayoutTextTokenizer().tokenize(text: text, path: "t.txt")
        #expect(table.rows.map(\.cells) == [["1", "甲", "乙"]])
        #expect(table.findings.count == 1)
        #expect(table.findings.first?.code == "text.unplaced")
        #expect(table.findings.first?.message(in: .english).contains("line 3") == true)
        #expect(table.findings.first?.message(in: .english).contains("这一行不是表头而是多余的文字") == true)
    }

    @Test func recognizesLayoutTextOnly() throws {
        #expect(LayoutTextTokenizer.recognizes(try Self.sampleText()))
        for name in ["kouquan-cooperative.txt", "kouquan-cooperative.raw.txt"] {
            let data = try Data(contentsOf: ReferenceCells.sample(name))
            #expect(!LayoutTextTokenizer.recognizes(try #require(TextDecoder.decode(data)).text), "\(name)")
        }
    }

    /// A 序号 out of sequence starts a row when its line prints other cells too, and is reported.
    @Test func numberOutOfSequenceIsReported() throws {
        let text = """
            序号  名称    内容
            1     甲      乙。
            2     丙      丁。
            2     戊      己。
            """
        let table = try LayoutTextTokenizer().tokenize(text: text, path: "t.txt")
        #expect(table.rows.map(\.cells) == [["1", "甲", "乙。"], ["2", "丙", "丁。"], ["2", "戊", "己。"]])
        #expect(table.findings.map(\.code) == ["text.numbering"])
        #expect(table.findings.first?.message(in: .english).contains("line 4") == true)
    }

    @Test func noHeaderIsAnError() {
        #expect(throws: QingdanError.self) {
            try LayoutTextTokenizer().tokenize(text: "只有一行\n", path: "t.txt")
        }
    }
}

/// `pdftotext -layout` of another typesetting of the sample (Fixtures/pdf/kouquan-portrait.pdf:
/// portrait, justified lines, narrower columns, header on page 1 only), committed as
/// Fixtures/kouquan-portrait.layout.txt.
@Suite struct LayoutTextOtherTypesettingTests {
    static func table() throws -> RawTable {
        let url = ReferenceCells.fixtures.appendingPathComponent("kouquan-portrait.layout.txt")
        let text = try #require(TextDecoder.decode(try Data(contentsOf: url))?.text)
        return try LayoutTextTokenizer().tokenize(text: text, path: url.path)
    }

    /// Justified lines come out letter-spaced ("1. 加 强 对 涉 恐 、 涉爆"), department names fill
    /// their narrow column ("区农业农村局" / "区林业局"), curly quotes get gaps ("“ 业委会 ”").
    /// Seven rows keep a difference the text alone cannot settle: a space after "1." on a line
    /// where only that gap was stretched (31, 37, 50, 56, 58, 94; a typed "1. " looks the same) and
    /// one paragraph end read as a wrap (89).
    @Test func readsAllButTheUndecidableRows() throws {
        let reference = try ReferenceCells.load("kouquan-cooperative")
        let table = try Self.table()
        #expect(table.title == reference.title)
        #expect(table.headers == reference.headers)
        #expect(table.rows.count == 100)
        let differing = zip(table.rows, reference.rows).filter { $0.cells != $1.cells }.map(\.1.number)
        #expect(differing == [31, 37, 50, 56, 58, 89, 94])
        #expect(table.rows[20].cells[3] == "区农业农村局\n区林业局\n区行政审批局\n区财政局\n市生态环境局云冈分局")
        #expect(table.rows[10].cells[4].hasPrefix("区委政法委、市公安局云冈分局：\n1.加强对涉恐、涉稳、涉枪、涉爆、涉毒、"))
        #expect(table.rows[69].cells[5].contains("（以下简称“业委会”）"))
    }
}

import Foundation
import Testing
@testable import Qingdan

/// The flowing text export (`pdftotext` default / `-raw`) → RawTable.
@Suite struct TextTokenizerTests {
    static func reference() throws -> ReferenceCells {
        try ReferenceCells.load("kouquan-cooperative")
    }

    static func sampleText(_ name: String = "kouquan-cooperative.txt") throws -> String {
        try String(contentsOf: ReferenceCells.sample(name), encoding: .utf8)
    }

    static func table(_ data: Data, path: String = "sample.txt") throws -> RawTable {
        try TextTableExtractor().extract(data: data, path: path)
    }

    static let sample: RawTable? = try? table(Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.txt")))

    /// Row number `item` (1-based) of the sample.
    func item(_ item: Int) throws -> [String] {
        let table = try #require(Self.sample)
        try #require(table.rows.count >= item)
        return table.rows[item - 1].cells
    }

    // MARK: The sample

    @Test func sampleEqualsReferenceRowByRow() throws {
        let table = try #require(Self.sample)
        let reference = try Self.reference()
        #expect(table.title == reference.title)
        #expect(table.headers == reference.headers)
        #expect(table.rows.count == 100)
        let comparison = reference.compare(table)
        #expect(comparison.equal == 100, "\(comparison.firstDifference ?? "")")
        // No doubt either: its one line ending ； at its column's edge is a wrap, as the list ends no
        // unlabelled paragraph with ； (FlowParagraphBreakTests).
        #expect(table.findings.map(\.code) == [], "\(table.findings)")
    }

    @Test func rowsStartOnlyFromTheNumberingSequence() throws {
        let table = try #require(Self.sample)
        #expect(table.rows.map { $0.cells[0] } == (1...100).map(String.init))
        // Row 1 is lines 6 ("1 党的建设 …") to 16; row 2 begins on line 18, after clause lines "1." … "3.".
        #expect(table.rows[0].lines == 6...16)
        #expect(table.rows[1].lines?.lowerBound == 18)
        // Line numbers only grow.
        let starts = table.rows.compactMap { $0.lines?.lowerBound }
        #expect(starts == starts.sorted())
    }

    @Test func cellsOnOneLineSeparatedBySpaces() throws {
        #expect(try item(1).prefix(4) == ["1", "党的建设", "史志编纂工作。", "区委党史区志研究室"])
        #expect(try item(61) == ["61", "城乡建设", "人防工程工作。", "区发展改革和科技局", "对人防工程进行审批和认定。",
                                 "1.配合日常巡查。\n2.统计人防工程及上报新增人防工程。"])
        // Name and department share a line after a wrapped category.
        #expect(try item(79).prefix(4) == ["79", "文化和旅游", "文旅场所监管。", "区文化和旅游局"])
    }

    @Test func blocksRunningTogether() throws {
        // Department then superior duties without a blank line.
        #expect(try item(2)[3...4] == ["区委社会工作部", "负责全区志愿者服务工作的统筹规划、协调指导和督促检查。"])
        #expect(try item(3)[3] == "区统计局")
        #expect(try item(3)[4].hasPrefix("1.审核相关材料并报送上级部门审批。\n2.下发"))
        // Superior and township duties without a blank line.
        #expect(try item(35)[4...5] == ["实施公共场所及困难重度残疾人家庭无障碍改造。", "摸底统计本乡困难重度残疾人无障碍改造需求及统计公共场所改造数量并上报。"])
        #expect(try item(81)[4...5] == ["组织开展婚前医学检查、孕前优生检查。", "动员辖区内结婚对象、符合条件的计划怀孕夫妇，配合卫健部门开展婚前医学检查、孕前优生检查，保障群众健康。"])
        // Name running into the departments (item 99).
        #expect(try item(99)[2...3] == ["校外培训监管。", "区教育局\n区卫生健康和体育局\n区文化和旅游局"])
    }

    @Test func wrappedCells() throws {
        #expect(try item(31)[1] == "精神文明建设")
        #expect(try item(83)[1] == "应急管理及消防")
        #expect(try item(5)[3] == "区民政局\n区人力资源和社会保障局（区医疗保障局）")
        #expect(try item(100)[2] == "对在依法划定的电力设施保护区内修建的建筑物、构筑物或者种植的植物、堆放的物品强制拆除、砍伐或者清除。")
        #expect(try item(5)[2] == "医疗救助申请和重特大疾病医疗救助申请。")
    }

    @Test func lonePunctuationCompletesItsCell() throws {
        #expect(try item(4)[2] == "对流浪乞讨人员的救助。")
        #expect(try item(3)[5].contains("摸排辖区内符合条件的其它项目。\n3.收集相关材料并报送。"))
        #expect(try item(7)[2] == "高龄、低保、残疾人两项补贴、临时救助、特困补助等资金追缴工作。")
        // "、监督。" begins a line: a soft wrap.
        #expect(try item(4)[4] == "负责流浪乞讨人员的救助工作，并对救助站进行指导、监督。")
    }

    @Test func columnsOutOfOrder() throws {
        // Item 14 prints its township block first, then the superior block, then a lone 。.
        let cells = try item(14)
        #expect(cells[4] == "1.牵头推进全区社会信用体系建设，落实国家、省、市社会信用体系建设的决策部署。\n2.推进信用理念，信用制度、信用手段与经济社会发展各方面有效融合。\n3.完善组织保障体系，推动信用工作高质量发展。")
        #expect(cells[5] == "1.配合建立健全乡镇社会信用体系，加强政务诚信、商务诚信、社会诚信等重点领域诚信建设。\n2.协助实施信用进机关单位进村庄社区、进学校家庭、进企业行业、进网络空间“五进工程”。\n3.开展社会信用体系建设的法律、法规、政策措施和经验成果的宣传。")
    }

    @Test func hardBreaksAndSoftWraps() throws {
        // A sentence after a line that ended well short of the column: new paragraph.
        #expect(try item(27)[4].hasSuffix("\n1.负责食用农产品进入批发、零售市场或者生产加工企业后的质量安全监督管理工作。\n相关部门负责对辖区内农产品质量安全的投诉举报及日常监管发现的问题、线索进行核实，并实施行政处罚或交由有关部门进行处罚。"))
        // ① at a line start is a paragraph; ② inside a line is not; "。③" continues.
        let item5 = try item(5)[4]
        #expect(item5.contains("进行审核、认定、审批，并将数据推送给区医疗保障局。\n①低保对象、特困人员、低保边缘家庭成员。按规定给予救助。②因病致贫重病患者。"))
        #expect(item5.contains("标准执行。③返贫致贫人口"))
        #expect(item5.hasSuffix("\n区人力资源和社会保障局（区医疗保障局）：\n1.发放救助资金。"))
        // A line two characters short, stopping mid-phrase before "（镇）", still runs on.
        #expect(try item(84)[4].contains("4.健全完善区级应急救援物资库，根据实际为乡（镇）、村（社区）调拨应急物资；"))
        // A line whose 。 was printed alone below it ends its paragraph.
        #expect(try item(48)[4].contains("出具检测报告。\n其他相关部门在各自的职责范围内"))
        // Typed spaces are kept.
        #expect(try item(24)[4] == "负责对渔业生产安全和产品质量安全进行监督管理 ，定期组织开展渔业安全隐患排查治理。")
        #expect(try item(49)[5].contains("2.对大气污染防治开展日常巡查， 配合开展大气污染物减排"))
    }

    // MARK: Encodings and line ends

    @Test func crlfBOMAndFormFeedsGiveTheSameTable() throws {
        let sample = try #require(Self.sample)
        let text = try Self.sampleText()
        let crlf = try Self.table(Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(crlf == sample)
        let bom = try Self.table(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        #expect(bom == sample)
        // Page breaks as form feeds instead of leading spaces.
        let formFeeds = try Self.table(Data(text.replacingOccurrences(of: "\n ", with: "\n\u{0C}").utf8))
        #expect(formFeeds.rows == sample.rows)
        #expect(formFeeds.headers == sample.headers)
    }

    @Test func gb18030GivesTheSameTable() throws {
        let sample = try #require(Self.sample)
        let bytes = try #require(encoded(try Self.sampleText(), as: "GB18030"))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        #expect(try Self.table(Data(bytes)) == sample)
    }

    // MARK: Forms

    @Test func layoutFormIsDetected() throws {
        #expect(TextTableExtractor.isLayout(try Self.sampleText("kouquan-cooperative.layout.txt")))
        #expect(!TextTableExtractor.isLayout(try Self.sampleText()))
        #expect(!TextTableExtractor.isLayout(try Self.sampleText("kouquan-cooperative.raw.txt")))
    }

    @Test func rawExportRows() throws {
        // `pdftotext -raw`: other wrap widths, no blank lines, the header wrapped ("序" / "号"),
        // form feeds, rows broken across pages, a gap invented after ①.
        let table = try Self.table(Data(try Self.sampleText("kouquan-cooperative.raw.txt").utf8), path: "raw.txt")
        let reference = try Self.reference()
        #expect(table.title == reference.title)
        #expect(table.headers == reference.headers)
        #expect(table.rows.count == 100)
        #expect(table.rows.map { $0.cells[0] } == (1...100).map(String.init))
        // Item 5: three departments, two headings, "① 低保" printed with a gap.
        #expect(table.rows[4].cells == reference.rows[4].cells)
        #expect(table.rows[4].cells[4].contains("\n①低保对象"))
        // Item 2: department, superior and township duties with no blank line between.
        #expect(table.rows[1].cells == reference.rows[1].cells)
        #expect(table.pageCount == 23)
        let comparison = reference.compare(table)
        #expect(comparison.equal == 100, "\(comparison.firstDifference ?? "")")
    }

    @Test func laterEditionRawExport() throws {
        // The later edition, exported with `pdftotext -raw` (Fixtures/…-rev.raw.txt), against its
        // reference cells: another edition read with the same code, nothing tuned to it.
        let table = try Self.table(Data(contentsOf: ReferenceCells.fixtures.appendingPathComponent("kouquan-cooperative-rev.raw.txt")), path: "rev.raw.txt")
        let reference = try ReferenceCells.load("kouquan-cooperative-rev")
        #expect(table.headers == reference.headers)
        #expect(table.rows.count == reference.rows.count)
        let comparison = reference.compare(table)
        #expect(comparison.equal >= 99, "\(comparison.firstDifference ?? "")")
        print("rev.raw.txt: \(comparison.equal)/\(reference.rows.count) rows equal the reference")
    }

    @Test func wrappedHeaderIsMappedByWords() throws {
        let wrapped = try #require(TableHeader(lines: [["序"], ["号"], ["事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）"], ["配合职责"]]))
        #expect(wrapped.titles == ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"])
        #expect(wrapped.roles == [.number, .category, .name, .departments, .superiorDuties, .townshipDuties])
        #expect(wrapped.isRepeated(in: TextLine(number: 1, text: "号", startsPage: false)))
        // 备注 is a column of its own, one that may stay empty; a column the vocabulary does not
        // know stays a column of its own too.
        let extra = try #require(TableHeader(lines: [["序号", "事项名称", "对应上级部门", "备注", "经办人"]]))
        #expect(extra.titles == ["序号", "事项名称", "对应上级部门", "备注", "经办人"])
        #expect(extra.roles == [.number, .name, .departments, .remarks, .other])
        #expect(TableHeader(lines: [["事项名称", "备注"]]) == nil)
    }

    @Test func misprintedNumberIsReported() throws {
        // 序号 3 misprinted: its row is read into item 2, with a warning; item 4 starts a row again
        // (a skipped number followed by a category other rows print).
        var rows = (1...40).map { number in
            var row = Self.syntheticRows[(number - 1) % Self.syntheticRows.count]
            row.cells[0] = String(number)
            return row
        }
        rows[2].cells[0] = "三"
        let table = try TextTableExtractor().extract(text: Self.flow(rows, widths: [0, 6, 16, 20, 34, 26]), path: "synthetic.txt")
        #expect(table.rows.map { $0.cells[0] } == ["1", "2"] + (4...40).map(String.init))
        #expect(table.rows[1].cells[0] == "2")
        #expect(table.rows[1].cells.joined().contains("三"), "the misnumbered row's text is kept, in item 2")
        #expect(table.findings.contains { $0.code == "text.numbering" && $0.item == 2 })
    }

    // MARK: Synthetic lists

    /// Wraps each paragraph of `cell` at `width` half-width units, as the PDF prints it.
    static func wrap(_ cell: String, width: Int) -> [String] {
        cell.split(separator: "\n").flatMap { paragraph -> [String] in
            var lines: [String] = [], line = ""
            for character in paragraph {
                // A typed space stays inside its line (an export would lose it at a line end).
                let keepsSpace = character == " " || line.last == " "
                if (line + String(character)).displayWidth > width, !line.isEmpty, !keepsSpace {
                    lines.append(line)
                    line = ""
                }
                line.append(character)
            }
            return lines + [line]
        }
    }

    /// Prints rows the way `pdftotext` flows them: the number and the leading single-line cells on
    /// one line, then one block per cell, blank lines between blocks unless `joined` names the
    /// columns whose block follows the previous one directly. Rows in `dutiesSwapped` print the
    /// township duties block before the superior one.
    static func flow(_ rows: [(cells: [String], joined: Set<Int>)], widths: [Int], pageBreakBefore: Set<Int> = [],
                     dutiesSwapped: Set<Int> = []) -> String {
        let header = "序号 事项类别 事项名称 对应上级部门 上级部门职责 乡镇（街道）配合职责"
        var text = "\n某某乡配合履职事项清单\n\n\(header)\n\n"
        for (index, row) in rows.enumerated() {
            if pageBreakBefore.contains(index + 1) { text += index % 2 == 0 ? " \(header)\n\n" : "\u{0C}\(header)\n\n" }
            let wrapped = row.cells.enumerated().map { column, cell in column == 0 ? [cell] : wrap(cell, width: widths[column]) }
            var first = [row.cells[0]]
            var column = 1
            while column < wrapped.count, wrapped[column].count == 1 {
                first.append(wrapped[column][0])
                column += 1
            }
            text += first.joined(separator: " ") + "\n"
            var blocks = Array(column..<wrapped.count)
            if dutiesSwapped.contains(index + 1), blocks.suffix(2) == [4, 5] { blocks.swapAt(blocks.count - 2, blocks.count - 1) }
            for column in blocks {
                text += (row.joined.contains(column) ? "" : "\n") + wrapped[column].joined(separator: "\n") + "\n"
            }
            text += "\n"
        }
        return text
    }

    static let syntheticRows: [(cells: [String], joined: Set<Int>)] = [
        (["1", "党的建设", "史志编纂。", "区委党史研究室",
          "1.负责地方党史、区志、年鉴资料的征集、整理和研究工作。\n2.负责组织实施地方志书的编纂出版工作。",
          "1.开展年鉴、地情文献以及地方志的资料收集工作。\n2.开展史志成果转化和运用工作。"], []),
        (["2", "民生服务", "医疗救助申请和重特大疾病医疗救助申请。", "区民政局\n区人力资源和社会保障局（区医疗保障局）",
          "区民政局：\n1.负责对医疗救助申请进行审核、认定、审批，并将数据推送给区医疗保障局。\n区人力资源和社会保障局（区医疗保障局）：\n1.发放救助资金。",
          "配合开展医疗救助申请的受理、初审和资料上报工作。"], []),
        (["3", "应急管理及消防工作", "防震减灾工作。", "区应急管理局",
          "1.制定突发事件总体应急预案，根据实际需要和情势变化，适时修订应急预案。\n2.建立综合性应急救援队伍。",
          "1.编制突发事件应急预案并到区应急管理局进行备案。\n2.组织参加培训。"], []),
        (["4", "社会保障", "受理进入光荣院集中供养的申请。", "区退役军人事务局",
          "对提交的材料进行审核，并将审核结果反馈乡镇街道。",
          "1.开展辖区内退役军人的宣传告知工作。\n2.收集相关退役军人申请材料并进行初审上报。"], [4]),
        (["5", "城建", "人防工程。", "区发改局", "对人防工程进行审批和认定。",
          "1.配合日常巡查。\n2.统计人防工程及上报新增人防工程，对3层及以上建筑开展巡查。"], [5]),
    ]

    /// The first row of `table` that differs from `expected`, described; nil when all are equal.
    static func firstDifference(_ table: RawTable, _ expected: [[String]]) -> String? {
        RowComparison(table, expected: expected).firstDifference
    }

    @Test func syntheticListWithOtherWidths() throws {
        // Category 3 characters wide (3-line wrap in row 3), name 8, departments 10, duties 17 and 13.
        // Row 1 prints its township duties before the superior ones.
        let text = Self.flow(Self.syntheticRows, widths: [0, 6, 16, 20, 34, 26], pageBreakBefore: [4, 5], dutiesSwapped: [1])
        let table = try TextTableExtractor().extract(text: text, path: "synthetic.txt")
        #expect(table.title == "某某乡配合履职事项清单")
        #expect(table.headers == ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"])
        #expect(table.rows.count == 5)
        #expect(Self.firstDifference(table, Self.syntheticRows.map(\.cells)) == nil)
    }

    @Test func sampleReflowedAtOtherWidths() throws {
        // The reference rows printed anew: other column widths, page breaks, some rows with the
        // township block first. Every row must come back as it was.
        let reference = try Self.reference()
        let rows = reference.rows.map { (cells: $0.cells, joined: Set<Int>()) }
        for widths in [[0, 6, 24, 26, 40, 30], [0, 10, 16, 30, 56, 44], [0, 4, 12, 16, 24, 20], [0, 12, 40, 40, 80, 60], [0, 8, 14, 24, 30, 36]] {
            let text = Self.flow(rows, widths: widths, pageBreakBefore: Set(stride(from: 6, through: 100, by: 7)),
                                 dutiesSwapped: [9, 40, 77])
            let table = try TextTableExtractor().extract(text: text, path: "reflowed.txt")
            #expect(table.rows.count == 100)
            // One thing no export tells: a sentence that ends exactly at a line's end, followed by
            // an unnumbered sentence, may go on in its paragraph or begin one (the sample has both).
            // Rows that differ only there are counted, not failed; all others must be equal.
            let unsure = { (cell: String) in cell.replacingOccurrences(of: "。\n", with: "。") }
            var ambiguous = 0
            for (index, expected) in reference.rows.enumerated() where index < table.rows.count && table.rows[index].cells != expected.cells {
                #expect(table.rows[index].cells.map(unsure) == expected.cells.map(unsure), "widths \(widths), item \(expected.number)")
                ambiguous += 1
            }
            #expect(ambiguous <= 2, "widths \(widths)")
        }
    }

    @Test func syntheticListWithWideColumnsAndManyRows() throws {
        // 150 rows, wide columns: numbering must run to 150 and every row come back whole.
        let rows = (1...150).map { number in
            var row = Self.syntheticRows[(number - 1) % Self.syntheticRows.count]
            row.cells[0] = String(number)
            return row
        }
        let text = Self.flow(rows, widths: [0, 8, 24, 26, 48, 40], pageBreakBefore: [30, 61, 99], dutiesSwapped: [12, 77])
        let table = try TextTableExtractor().extract(text: text, path: "synthetic.txt")
        #expect(table.rows.count == 150)
        #expect(Self.firstDifference(table, rows.map(\.cells)) == nil)
    }

    @Test func pageNumbersAreLeftOutAndReported() throws {
        // "2" at the foot of page 1 (the number row 2 will have: not a row start here), "- 2 -" at
        // the foot of page 2, "第3页" at the end.
        var text = Self.flow(Array(Self.syntheticRows.prefix(4)), widths: [0, 6, 16, 20, 34, 26], pageBreakBefore: [2, 3])
        text = text.replacingOccurrences(of: "\n \u{5E8F}号", with: "\n- 2 -\n \u{5E8F}号")
            .replacingOccurrences(of: "\n\u{0C}\u{5E8F}号", with: "\n2\n\u{0C}\u{5E8F}号") + "第3页\n"
        let table = try TextTableExtractor().extract(text: text, path: "synthetic.txt")
        #expect(Self.firstDifference(table, Self.syntheticRows.prefix(4).map(\.cells)) == nil)
        #expect(table.findings.filter { $0.code == "text.page-number" }.count == 3)
    }

    @Test func textThatFitsNoCellIsReported() throws {
        var text = Self.flow(Array(Self.syntheticRows.prefix(2)), widths: [0, 6, 16, 20, 34, 26])
        text += "\n。\n"
        let table = try TextTableExtractor().extract(text: text, path: "synthetic.txt")
        #expect(table.rows.count == 2)
        let unplaced = table.findings.filter { $0.code == "text.unplaced" }
        #expect(unplaced.count == 1)
        #expect(unplaced.first?.severity == .error)
        #expect(unplaced.first?.message(in: .english).contains("line ") == true)
    }
}

/// `pdftotext -raw` of another typesetting of the sample (Fixtures/pdf/kouquan-portrait.pdf:
/// portrait, justified, narrower columns), committed as Fixtures/kouquan-portrait.raw.txt.
@Suite struct FlowTextOtherTypesettingTests {
    @Test func letterSpacedJustifiedLinesAreNotCells() throws {
        let url = ReferenceCells.fixtures.appendingPathComponent("kouquan-portrait.raw.txt")
        let table = try TextTableExtractor().extract(data: try Data(contentsOf: url), path: url.path)
        let reference = try ReferenceCells.load("kouquan-cooperative")
        #expect(table.rows.count == 100)
        // "1 党的建设 史 志 编 纂 工" / "作。": the stretched name is one cell, not five.
        #expect(Array(table.rows[0].cells.prefix(4)) == ["1", "党的建设", "史志编纂工作。", "区委党史区志研究室"])
        // Rows left: wraps of these narrower columns that the text cannot tell from paragraph
        // ends, and curly quotes the export moved to another line ("“" / "进工程”").
        #expect(reference.compare(table).equal == 78)
    }

    @Test func letterSpacingKeepsCellSeparatorsAndTypedSpaces() {
        #expect(LetterSpacing.removingStretches("1 党的建设 史 志 编 纂 工", edges: false) == "1 党的建设 史志编纂工")
        #expect(LetterSpacing.removingStretches("1. 加 强 对 涉 恐 、 涉爆", edges: true) == "1.加强对涉恐、涉爆")
        #expect(LetterSpacing.removingStretches("负责对渔业生产安全进行监督管理 ，", edges: true) == "负责对渔业生产安全进行监督管理 ，")
        #expect(LetterSpacing.removingStretches("巡查， 配合 A B C D", edges: true) == "巡查， 配合 A B C D")
    }
}

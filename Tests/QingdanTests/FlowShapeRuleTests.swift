import Foundation
import Testing
@testable import Qingdan

/// The flow reader's rules for lists set in narrow portrait columns (issue 9), each on a small
/// list built here, its cells stated here: a 基本履职事项清单 whose 履职依据 is empty on some rows,
/// whose 具体内容 runs to several clauses, whose 责任科室 and 备注 wrap; printed as `pdftotext -raw`
/// prints it (one cell after another, no blank lines, a space where the font changes to digits)
/// and as the exported text (a blank line between cells).
@Suite struct FlowShapeRuleTests {
    static let headers = ["序号", "事项类别", "事项名称", "具体内容", "履职依据", "责任科室", "备注"]
    /// Half-width columns each column wraps at: 3, 6, 20, 9, 4 and 3 characters.
    static let widths = [0, 6, 12, 40, 18, 8, 6]

    static let rows: [[String]] = [
        ["1", "组织建设", "村务监督委员会建设",
         "1.指导各村选举产生村务监督委员会，报镇党委备案。\n2.每季度听取村务监督委员会工作情况汇报。",
         "《村务监督委员会工作规则》", "组织办", ""],
        ["2", "", "党员教育培训", "每年组织农村党员集中轮训一次，建立培训档案。", "", "组织办", "每年第四季度"],
        ["3", "", "集体资产清查核实", "1.组织开展农村集体资产清产核资。\n2.建立集体资产台账并按年度更新。",
         "《中华人民共和国农村集体经济组织法》", "农业经济办", ""],
        ["4", "平安建设", "企业安全生产检查", "按照分级分类原则开展企业安全生产检查，对发现的隐患督促企业限期整改。",
         "《中华人民共和国安全生产法》第九条", "安监办", ""],
        ["5", "", "森林防火巡查", "1.组织护林员开展防火巡查。\n2.C级及以上火险天气加密巡查频次，逐村落实责任人。", "", "应急办", ""],
        ["6", "", "矛盾纠纷排查调处", "1.每月开展矛盾纠纷排查，建立台账。\n2.对重大疑难纠纷组织联合调处，3日内反馈。",
         "《中华人民共和国人民调解法》", "综治办", "联调联处"],
    ]

    /// The list as flowing text: the header wrapped in its narrow columns (序 / 号, 事项类 / 别),
    /// then each row's cells one after another, each wrapped at its column's width. `raw`: no
    /// blank lines, and a space where digits or Latin letters meet Chinese (as `pdftotext -raw`
    /// prints a change of font); else a blank line after every cell.
    static func text(raw: Bool, rows: [[String]] = rows, widths: [Int] = widths,
                     preamble: [String] = ["临溪县青石镇基本履职事项清单", "序", "号", "事项类", "别", "事项名称 具体内容 履职依据 责任科室 备注"]) -> String {
        var lines = preamble
        for row in rows {
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                let wrapped = column == 0 ? [cell] : TextTokenizerTests.wrap(cell, width: widths[column])
                lines += raw ? wrapped.map(inventingSpaces) : wrapped + [""]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A space between an ASCII letter or digit and a Chinese character.
    static func inventingSpaces(_ line: String) -> String {
        var result = ""
        for character in line {
            if let last = result.last, (last.isASCIILetterOrDigit && character.isCJK) || (last.isCJK && character.isASCIILetterOrDigit) {
                result.append(" ")
            }
            result.append(character)
        }
        return result
    }

    static func table(raw: Bool) throws -> RawTable {
        try TextTableExtractor().extract(text: text(raw: raw), path: raw ? "portrait.raw.txt" : "portrait.txt")
    }

    /// The merged 事项类别 as the reader gives it: printed with its run's first row, filled below.
    static var expected: [[String]] {
        var category = ""
        return rows.map { row in
            var row = row
            if row[1].isEmpty { row[1] = category } else { category = row[1] }
            return row
        }
    }

    @Test(arguments: [true, false])
    func everyCellIsRead(raw: Bool) throws {
        let table = try Self.table(raw: raw)
        #expect(table.headers == Self.headers)
        #expect(table.rows.count == Self.rows.count)
        for (row, want) in zip(table.rows, Self.expected) {
            #expect(row.cells == want, "item \(want[0])")
        }
        #expect(!table.findings.contains { $0.severity == .error }, "\(table.findings.map(\.code))")
    }

    // MARK: One rule each

    /// `cellOpensMidList`: 2. goes on in the 具体内容 whose list it continues; the 备注 of item 1
    /// stays empty rather than every cell after 具体内容 moving one column right.
    @Test func secondClauseStaysInItsCell() throws {
        let row = try Self.table(raw: true).rows[0]
        #expect(row.cells[3].hasSuffix("2.每季度听取村务监督委员会工作情况汇报。"))
        #expect(row.cells[4] == "《村务监督委员会工作规则》")
        #expect(row.cells[6] == "")
    }

    /// `emptyBasis` and `officeNameEnds`: item 2 cites no law; 组织办 is its office and the two
    /// lines after it its 备注.
    @Test func emptyBasisAndOfficeName() throws {
        for raw in [true, false] {
            let row = try Self.table(raw: raw).rows[1]
            #expect(Array(row.cells[4...]) == ["", "组织办", "每年第四季度"], "raw \(raw)")
        }
    }

    /// `citationOutsideBasis`, `loneCharacterOpensCell`: the law wrapped over two lines is the
    /// basis, 农业经济 / 办 the office.
    @Test func wrappedLawAndWrappedOffice() throws {
        let row = try Self.table(raw: true).rows[2]
        #expect(Array(row.cells[4...]) == ["《中华人民共和国农村集体经济组织法》", "农业经济办", ""])
    }

    /// `closesTitle` (…》第九条 ends a citation): the office on the line below is not the basis.
    @Test func articleEndsTheCitation() throws {
        let row = try Self.table(raw: true).rows[3]
        #expect(row.cells[4] == "《中华人民共和国安全生产法》第九条")
        #expect(row.cells[5] == "安监办")
        #expect(TextCues.closesTitle("全生产法》第九条"))
        #expect(TextCues.closesTitle("村振兴促进法》"))
        #expect(!TextCues.closesTitle("第九条之外的内容"))
        #expect(TextCues.isArticleReference("第一百一十九条"))
        #expect(!TextCues.isArticleReference("第一季度"))
    }

    /// `inventedGapInsideCell`: "2.C 级及以上…" is one line of one cell, not 2.C | 级及以上….
    @Test func inventedSpaceJoinsItsParts() throws {
        let parts = FlowRow.joiningInventedGaps(in: FlowRow.spaceSeparatedParts(of: "2.C 级及以上火险"), isRowStart: false)
        #expect(parts.map(\.text) == ["2.C级及以上火险"])
        // The row's number and its first cell stay apart, and so do two Chinese cells.
        let start = FlowRow.joiningInventedGaps(in: FlowRow.spaceSeparatedParts(of: "2 农村村民宅基地审批"), isRowStart: true)
        #expect(start.map(\.text) == ["2", "农村村民宅基地审批"])
        let cells = FlowRow.joiningInventedGaps(in: FlowRow.spaceSeparatedParts(of: "县民政局 《社会救助暂行办"), isRowStart: false)
        #expect(cells.map(\.text) == ["县民政局", "《社会救助暂行办"])
        let row = try Self.table(raw: true).rows[4]
        #expect(row.cells[3].contains("\n2.C级及以上火险天气"))
    }

    /// `pulledDownWithMark`: 处。 opens no paragraph and no cell; it ends the line above.
    @Test func characterPulledDownWithItsMark() throws {
        #expect(CellJoiner.isPulledDownWithMark("处。3.2025年起"))
        #expect(CellJoiner.isPulledDownWithMark("女、儿童和老人"))
        #expect(!CellJoiner.isPulledDownWithMark("处理纠纷。"))
        #expect(!CellJoiner.isPulledDownWithMark("3.处理"))
        // A clause numbered with a Chinese numeral and 、 opens its paragraph.
        #expect(!CellJoiner.isPulledDownWithMark("二、负责辖区内的调解工作"))
        #expect(!CellJoiner.isPulledDownWithMark("十、其他事项"))
        let before = FlowPiece(text: "2.对重大疑难纠纷组织镇综治中心、司法所联合调", line: 1, width: 38, lineWidth: 38,
                               followsBlankLine: false, isOnRowStartLine: false)
        let after = FlowPiece(text: "处。3.2025年起每季度报送。", line: 2, width: 26, lineWidth: 26,
                              followsBlankLine: false, isOnRowStartLine: false)
        // The column is 46 wide: the line above stops 8 short, yet runs on.
        #expect(!CellJoiner().isHardBreak(before, after, role: .content, width: 46))
        let numbered = FlowPiece(text: "二、负责辖区内的调解工作。", line: 2, width: 26, lineWidth: 26,
                                 followsBlankLine: false, isOnRowStartLine: false)
        #expect(CellJoiner().isHardBreak(before, numbered, role: .content, width: 46))
    }

    /// `leafUnderGroup` and `largestHeaderLines`: 县级部门 under 职责边界 is a column of its own
    /// (the county's duties), not the wrapped end of 配合部门; in the exported text, with a blank
    /// line between the header's seven printed lines.
    @Test(arguments: [true, false])
    func leafUnderItsGroup(raw: Bool) throws {
        let header = ["序", "号", "事项类", "别", "事项名称 配合部门", "职责边界", "县级部门 乡镇（街道）"]
        let row = ["1", "党的建设", "统一战线工作", "县委统战部", "负责全县统一战线工作的统筹协调。", "摸排辖区党外人士情况并上报。"]
        let lines = ["青山县城关街道配合履职事项清单"] + header + row
        let text = (raw ? lines : lines.flatMap { [$0, ""] }).joined(separator: "\n") + "\n"
        let table = try TextTableExtractor().extract(text: text, path: "grouped.txt")
        #expect(table.headers == ["序号", "事项类别", "事项名称", "配合部门", "县级部门", "乡镇（街道）"])
        #expect(table.headerGroups == [nil, nil, nil, nil, "职责边界", "职责边界"])
        #expect(table.rows.first?.cells == row)
    }

    /// A 上级部门收回事项清单 in `-raw` text: `departmentInName` (县住房和城乡 / 建设局 after a name
    /// that filled its lines is the department, not the name's end), `articleAfterTitle`
    /// (第八十四条 below a title that filled its line is still the basis), a name filling its
    /// line before a department's name (县农业农村局) ends there.
    @Test func returnedListInRawText() throws {
        let rows = [
            ["1", "行政许可", "林木采伐许可证核发审查", "县林业局", "《中华人民共和国森林法》第五十六条", ""],
            ["2", "", "农村村民建房用地审批", "县农业农村局\n县自然资源局", "《中华人民共和国土地管理法》第六十二条", "联审联办"],
            ["3", "行政处罚", "对未取得建设工程规划许可证进行建设的处罚", "县住房和城乡建设局", "《中华人民共和国城乡规划法》第六十四条", ""],
            ["4", "", "对特种设备使用单位未按规定检验的处罚", "县市场监督管理局", "《中华人民共和国特种设备安全法》第八十四条", "2024年收回"],
        ]
        let text = Self.text(raw: true, rows: rows, widths: [0, 6, 20, 12, 32, 8],
                             preamble: ["临川县石门镇", "上级部门收回事项清单", "序", "号", "事项类", "别", "事项名称 承接部门 收回依据 备注"])
        #expect(text.contains("\n县住房和城乡\n建设局\n"), "the department wraps")
        #expect(text.contains("安全法》\n第八十四条\n2024 年收\n回\n"), "the title fills its line")
        let table = try TextTableExtractor().extract(text: text, path: "returned.raw.txt")
        #expect(table.headers == ["序号", "事项类别", "事项名称", "承接部门", "收回依据", "备注"])
        var category = ""
        for (row, var want) in zip(table.rows, rows) {
            if want[1].isEmpty { want[1] = category } else { category = want[1] }
            #expect(row.cells == want, "item \(want[0])")
        }
        #expect(table.rows.count == rows.count)
        #expect(!table.findings.contains { $0.severity == .error }, "\(table.findings.map(\.code))")
    }

    /// `spacedPiecesJoined`: a line printing cells side by side, two of them read into one
    /// 责任科室, is reported as an error.
    @Test func cellsJoinedOnOneLineAreReported() throws {
        let pieces = [
            FlowPiece(text: "应急管理办", line: 9, width: 10, lineWidth: 43, followsBlankLine: true, isOnRowStartLine: false),
            FlowPiece(text: "汛期为5", line: 9, width: 7, lineWidth: 43, followsBlankLine: false, gapBefore: " ", isOnRowStartLine: false),
        ]
        #expect(FlowTextTokenizer.spacedPiecesJoined(in: pieces, role: .office)?.text == "应急管理办 汛期为5")
        #expect(FlowTextTokenizer.spacedPiecesJoined(in: pieces, role: .remarks) == nil)
        #expect(FlowTextTokenizer.spacedPiecesJoined(in: Array(pieces.prefix(1)), role: .office) == nil)
        // A letter-spaced word is no cells side by side.
        let spaced = ["党", "的", "建", "设"].enumerated().map { index, text in
            FlowPiece(text: text, line: 4, width: 2, lineWidth: 14, followsBlankLine: false,
                      gapBefore: index == 0 ? nil : " ", isOnRowStartLine: false)
        }
        #expect(FlowTextTokenizer.spacedPiecesJoined(in: spaced, role: .category) == nil)
    }
}

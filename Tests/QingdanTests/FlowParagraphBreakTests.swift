import Foundation
import Testing
@testable import Qingdan

/// Paragraph breaks the flowing text cannot show (`UncertainParagraphBreak`): a line that ends a
/// sentence and fills its column, then a line without a label. Held against cells that do not come
/// from the flow reader: the sample's reference cells (read from the Word file by
/// Tests/Tools/docx_cells.py) — the PDF reader's `Output/kouquan-cooperative.json` gives the same
/// cells, read from the glyphs' positions — and the shape fixtures' truths, which
/// make_shape_fixtures.py writes before it renders.
@Suite struct FlowParagraphBreakTests {
    /// Cells of `table` that join paragraphs `reference` breaks, and differ in nothing else: what
    /// reading a paragraph break as a soft wrap gives. Keyed "item/header". (The other way round,
    /// a wrap in a narrow column read as a break — 2025 / 年收回 — is not this rule's.)
    static func wrongBreaks(_ table: RawTable, reference: [Int: [String: String]]) -> Set<String> {
        var wrong: Set<String> = []
        for row in table.rows where row.section == nil {
            guard let number = Int(row.cells.first ?? ""), let expected = reference[number] else { continue }
            for (header, cell) in zip(table.headers, row.cells) {
                guard let want = expected[header], want != cell else { continue }
                if LosslessCheck.comparable(want) == LosslessCheck.comparable(cell),
                   cell.filter({ $0 == "\n" }).count < want.filter({ $0 == "\n" }).count {
                    wrong.insert("\(number)/\(header)")
                }
            }
        }
        return wrong
    }

    static func flagged(_ table: RawTable) -> Set<String> {
        Set(table.findings.filter { $0.code == "text.paragraph-uncertain" }.compactMap { finding in
            finding.item.map { "\($0)/\(finding.column ?? "")" }
        })
    }

    static func sampleReference(_ name: String) throws -> [Int: [String: String]] {
        let reference = try ReferenceCells.load(name)
        return Dictionary(reference.rows.map { ($0.number, Dictionary(zip(reference.headers, $0.cells)) { a, _ in a }) }) { a, _ in a }
    }

    static func table(_ url: URL) throws -> RawTable {
        try TextTableExtractor().extract(data: Data(contentsOf: url), path: url.lastPathComponent)
    }

    /// `pdftotext -raw` of the sample: a paragraph (其他相关部门…) after a line that ends 。 one
    /// character short of its column (`ShortSentenceLine`), where a soft wrap would have set the
    /// next character. Once read as one paragraph; the Word file, and the PDF reader from the
    /// glyphs' positions (Output/kouquan-cooperative.json), break it.
    @Test func rawSampleBreaksWhereTheLineLeftRoom() throws {
        let table = try Self.table(ReferenceCells.sample("kouquan-cooperative.raw.txt"))
        let reference = try Self.sampleReference("kouquan-cooperative")
        let row = try #require(table.rows.first { $0.cells.first == "48" })
        let header = "上级部门职责"
        let cell = try #require(zip(table.headers, row.cells).first { $0.0 == header }?.1)
        #expect(cell == reference[48]?[header])
        #expect(cell.contains("出具检测报告。\n其他相关部门"))
        #expect(Self.wrongBreaks(table, reference: reference).isEmpty)
    }

    /// The sample's export text has one line that ends ； exactly at its column's edge before a
    /// line without a label (item 91: …督促燃气企业落实主体责任； / 负责对燃气企业…). The sample
    /// ends no paragraph with ； before unlabelled text where its lines show it, so the line is read
    /// as the wrap it is (the Word file's reference cell) and raises no doubt: no false alarm.
    @Test func exportSampleRaisesNoFalseAlarm() throws {
        let table = try Self.table(ReferenceCells.sample("kouquan-cooperative.txt"))
        #expect(Self.flagged(table).isEmpty, "\(Self.flagged(table).sorted())")
        let row = try #require(table.rows.first { $0.cells.first == "91" })
        let cell = row.cells[4]
        #expect(cell == (try Self.sampleReference("kouquan-cooperative"))[91]?["上级部门职责"])
        #expect(cell.contains("落实主体责任；负责对燃气企业"))
    }

    /// A list that ends unlabelled paragraphs with ； where its short lines show it keeps a full line
    /// ending ； doubtful: an error naming the item and the column.
    @Test func semicolonParagraphsElsewhereKeepTheDoubt() throws {
        let header = "序号\n\n事项名称\n\n上级部门职责\n\n乡镇（街道）配合职责\n\n"
        // Item 1 wraps at 20 characters (the column's width); item 2 has a line ending ； at that
        // edge before a line without a label.
        let wrapped = "1\n\n甲事项\n\n负责全镇道路交通安全的宣传工作和隐患排查\n督促整改落实到位，建立台账并定期开展复核\n工作。\n\n配合开展检查。\n\n"
            + "2\n\n乙事项\n\n负责全镇消防安全的宣传工作和火灾隐患排查\n督促整改落实到位，建立整改台账定期复核；\n组织开展应急演练。\n\n配合开展检查。\n\n"
        // Item 3 ends unlabelled paragraphs with ； where its short lines show it.
        let semicolonParagraphs = "3\n\n丙事项\n\n制定方案；\n组织实施工作；\n监督检查。\n\n配合开展检查。\n\n"
        let table = try TextTableExtractor().extract(data: Data((header + wrapped + semicolonParagraphs).utf8), path: "semicolons.txt")
        #expect(Self.flagged(table) == ["2/上级部门职责"], "\(table.findings.map(\.code))")
        // Without item 3 the same line is a wrap, read without doubt.
        let plain = try TextTableExtractor().extract(data: Data((header + wrapped).utf8), path: "semicolons.txt")
        #expect(Self.flagged(plain).isEmpty, "\(plain.findings.map(\.code))")
    }

    /// Every flowing text form at hand: a cell whose paragraphs break where the truth does not is
    /// reported.
    @Test(arguments: ["kouquan-cooperative.txt", "kouquan-cooperative.raw.txt"])
    func sampleFormsNeverBreakSilently(_ name: String) throws {
        let table = try Self.table(ReferenceCells.sample(name))
        let wrong = Self.wrongBreaks(table, reference: try Self.sampleReference("kouquan-cooperative"))
        #expect(wrong.subtracting(Self.flagged(table)).isEmpty, "\(name): \(wrong.subtracting(Self.flagged(table)).sorted())")
    }

    @Test func laterEditionRawNeverBreaksSilently() throws {
        let table = try Self.table(ReferenceCells.fixtures.appendingPathComponent("kouquan-cooperative-rev.raw.txt"))
        let wrong = Self.wrongBreaks(table, reference: try Self.sampleReference("kouquan-cooperative-rev"))
        #expect(wrong.subtracting(Self.flagged(table)).isEmpty, "\(wrong.subtracting(Self.flagged(table)).sorted())")
    }

    static var flowRenderings: [GeneratedShapeTruth.Rendering] {
        GeneratedShapeTruth.allRenderings.filter { $0.file.hasSuffix(".raw.txt") || $0.file.hasSuffix(".export.txt") }
    }

    /// The shape fixtures' flowing text, against the generator's cells.
    @Test(arguments: flowRenderings)
    func shapeFixtureNeverBreaksSilently(_ rendering: GeneratedShapeTruth.Rendering) throws {
        let truth = try GeneratedShapeTruth.load(rendering.variant)
        var reference: [Int: [String: String]] = [:]
        for item in truth.items {
            guard let number = item["number"] as? Int, let cells = item["cells"] as? [String: String] else { continue }
            reference[number] = cells
        }
        let table = try Self.table(URL(fileURLWithPath: rendering.path))
        let wrong = Self.wrongBreaks(table, reference: reference)
        #expect(wrong.subtracting(Self.flagged(table)).isEmpty, "\(wrong.subtracting(Self.flagged(table)).sorted())")
    }

    /// The rule on its own: which line ends are uncertain.
    @Test func whichBreaksAreUncertain() {
        func pieces(_ lines: [String]) -> [FlowPiece] {
            lines.enumerated().map { index, text in
                FlowPiece(text: text, line: index + 1, width: text.displayWidth, lineWidth: text.displayWidth,
                          followsBlankLine: false, isOnRowStartLine: false)
            }
        }
        let joiner = CellJoiner()
        let width = 20
        // A full line ending 。, then text without a label: uncertain.
        let sentence = pieces(["甲乙丙丁戊己庚辛壬。", "子丑寅卯。"])
        #expect(UncertainParagraphBreak.breaks(in: sentence, role: .superiorDuties, width: width, joiner: joiner).map(\.line) == [1])
        // A full line that stops mid-sentence: a soft wrap, certain.
        #expect(UncertainParagraphBreak.breaks(in: pieces(["甲乙丙丁戊己庚辛壬癸", "子丑寅卯。"]), role: .superiorDuties, width: width, joiner: joiner).isEmpty)
        // The next line starts with a label: a new paragraph, certain.
        #expect(UncertainParagraphBreak.breaks(in: pieces(["甲乙丙丁戊己庚辛壬。", "2.子丑寅卯。"]), role: .superiorDuties, width: width, joiner: joiner).isEmpty)
        // A short line ending 。: a new paragraph, certain.
        #expect(UncertainParagraphBreak.breaks(in: pieces(["甲乙丙丁。", "子丑寅卯。"]), role: .townshipDuties, width: width, joiner: joiner).isEmpty)
        // Department lists hold one name a line: not this rule's.
        #expect(UncertainParagraphBreak.breaks(in: sentence, role: .departments, width: width, joiner: joiner).isEmpty)
    }
}

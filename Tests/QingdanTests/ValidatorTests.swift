import Foundation
import Testing
@testable import Qingdan

@Suite struct ValidatorTests {
    static let headers = ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"]

    private func row(_ number: String, name: String = "事项。", departments: String = "区民政局",
                     superior: String = "1.负责。", township: String = "1.配合。") -> RawRow {
        RawRow(cells: [number, "民生服务", name, departments, superior, township])
    }

    private func validated(_ rows: [RawRow], findings: [Finding] = []) -> DutyList {
        let table = RawTable(title: "某区某乡配合履职事项清单", headers: Self.headers, rows: rows, findings: findings)
        let source = SourceInfo(file: "t.html", format: .html, sha256: String(repeating: "a", count: 64), pages: nil)
        var list = ListNormalizer().normalize(table, source: source)
        Validator().validate(&list, table: table)
        return list
    }

    // MARK: The reference list

    @Test func referenceFindings() throws {
        let list = try ReferenceCells.list("kouquan-cooperative")
        // The reference is numbered 1…100 and every cell is filled.
        #expect(!list.findings.contains { $0.code.hasPrefix("numbering.") || $0.code == "cell.empty" })
        #expect(!list.findings.contains { $0.code.hasPrefix("clause.") || $0.severity == .error })

        let missing = list.findings.filter { $0.code == "department.missing-from-list" }
        #expect(missing.count == 1)
        #expect(missing.first?.item == 71)
        #expect(missing.first?.severity == .warning)
        #expect(missing.first?.column == "上级部门职责")
        #expect(missing.first?.message(in: .english).contains("口泉供电分公司") == true)

        // Item 37 opens "房地一体” with a straight quote in its second clause.
        let quotes = list.findings.filter { $0.code == "text.mixed-quotes" }
        #expect(quotes.map(\.item) == [37])
        #expect(quotes.first?.column == "上级部门职责")
        #expect(quotes.first?.severity == .warning)
        #expect(quotes.first?.message(in: .english).contains("\"房地一体”") == true)
    }

    @Test func revisedEditionFindingsFollowItsNumbers() throws {
        let list = try ReferenceCells.list("kouquan-cooperative-rev")
        #expect(list.findings.filter { $0.code == "text.mixed-quotes" }.map(\.item) == [38])
        // The later edition prints 区住房和城乡建设局 in full.
        #expect(!list.findings.contains { $0.code == "department.truncated" })
    }

    @Test func findingsAreSortedByItemThenCode() throws {
        let list = try ReferenceCells.list("kouquan-cooperative")
        let keys = list.findings.map { ($0.item ?? 0, $0.code) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(list.findings == (try ReferenceCells.list("kouquan-cooperative")).findings)
    }

    // MARK: Synthetic tables

    @Test func numberingGap() {
        let list = validated([row("1"), row("2"), row("4"), row("5")])
        let gaps = list.findings.filter { $0.code == "numbering.gap" }
        #expect(gaps.count == 1)
        #expect(gaps.first?.item == 4)
        #expect(gaps.first?.column == "序号")
        #expect(gaps.first?.message(in: .english).contains("3") == true)
    }

    @Test func duplicateNumber() {
        let list = validated([row("1"), row("2"), row("2"), row("3")])
        let duplicates = list.findings.filter { $0.code == "numbering.duplicate" }
        #expect(duplicates.map(\.item) == [2])
        #expect(!list.findings.contains { $0.code == "numbering.gap" })
    }

    @Test func emptyRequiredCell() {
        let list = validated([row("1", departments: ""), row("2", township: "")])
        let empty = list.findings.filter { $0.code == "cell.empty" }
        #expect(empty.map(\.item) == [1, 2])
        #expect(empty.map(\.column) == ["对应上级部门", "乡镇（街道）配合职责"])
    }

    @Test func clauseNumberingSkipAndRepeat() {
        let list = validated([
            row("1", superior: "区民政局：\n1.甲。\n2.乙。\n4.丁。"),
            row("2", township: "1.甲。\n1.乙。"),
            row("3", superior: "1.总述。\n①甲②乙④丁"),
        ])
        let skip = list.findings.filter { $0.code == "clause.numbering-skip" }
        #expect(skip.map(\.item) == [1, 3])
        #expect(skip.first?.message(in: .english).contains("4.") == true)
        #expect(skip.first?.message(in: .english).contains("区民政局：") == true)
        let repeats = list.findings.filter { $0.code == "clause.numbering-repeat" }
        #expect(repeats.map(\.item) == [2])
        #expect(repeats.first?.column == "乡镇（街道）配合职责")
    }

    @Test func headingDepartmentMissingFromList() {
        let list = validated([row("1", departments: "区民政局", superior: "区民政局：\n1.甲。\n区财政局：\n1.乙。")])
        let missing = list.findings.filter { $0.code == "department.missing-from-list" }
        #expect(missing.count == 1)
        #expect(missing.first?.message(in: .english).contains("区财政局") == true)
    }

    @Test func tableFindingsPassThroughOnce() {
        let unplaced = Finding(.error, "text.unplaced", item: nil, column: nil, .verbatim("page 3: text 巡查 could not be placed"))
        let list = validated([row("1")], findings: [unplaced])
        #expect(list.findings.filter { $0 == unplaced }.count == 1)
        #expect(list.findings.first == unplaced)
    }

    @Test func mixedSingleQuotes() {
        let list = validated([row("1", township: "1.开展‘五进'活动。")])
        #expect(list.findings.filter { $0.code == "text.mixed-quotes" }.map(\.column) == ["乡镇（街道）配合职责"])
    }

    // MARK: Byte-level shortcuts agree with the Character-level definitions they replace

    /// Texts with line breaks, CR LF (one character, no "\n"), spaces, parentheses, combining marks.
    static let awkwardTexts = [
        "", "\n", "\n\n", "序号", "18\n序号", "18\r\n序号", "a\r\r\nb", "\r\n\n序\n号\n", "e\u{301}\nx", "\n\u{301}a",
        "乡镇 (街道)\n配合职责", " ( \u{301}\n", "1.负责。2.配合；", "负责甲。", "负责;", "；", "负责。\u{301}", "甲；乙", "\u{3000}序　号",
    ]

    @Test func headerLinesSplitAsCharactersDo() {
        for text in Self.awkwardTexts {
            #expect(CellText.lines(of: text) == text.split(separator: "\n"), "\(text.debugDescription)")
        }
    }

    @Test func boundedFoldingAgreesWithWholeFolding() {
        for text in Self.awkwardTexts + ["职责边界划分", "上级部门职责\n1.负责", "( 序号 )", "序\u{200D}号"] {
            let whole = text.foldingSpacesAndParentheses
            for limit in [0, 1, 3, 6, 9, 12, 18, 40] {
                let bounded = text.foldingSpacesAndParentheses(atMost: limit)
                #expect(bounded == (whole.utf8.count <= limit ? whole : nil), "\(text.debugDescription) at \(limit)")
            }
        }
    }

    @Test func sentenceEndBeforeEndAsCharactersFindIt() {
        let ends: Set<Character> = ["。", "；", ";"]
        for text in Self.awkwardTexts {
            let characters = Array(text)
            let expected = characters.indices.dropLast().contains { ends.contains(characters[$0]) }
            // The shortcut may say yes where characters say no (the slow path decides), never the reverse.
            if expected { #expect(ClauseSplitCheck.hasSentenceEndBeforeEnd(text), "\(text.debugDescription)") }
        }
        #expect(!ClauseSplitCheck.hasSentenceEndBeforeEnd("负责甲。"))
        #expect(!ClauseSplitCheck.hasSentenceEndBeforeEnd("负责;"))
        #expect(ClauseSplitCheck.hasSentenceEndBeforeEnd("甲；乙"))
        #expect(ClauseSplitCheck.hasSentenceEndBeforeEnd("1.负责。2.配合；"))
    }
}

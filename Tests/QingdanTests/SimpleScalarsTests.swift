import Foundation
import Testing
@testable import Qingdan

/// The text readers answer by scalars where every scalar is a Character of its own
/// (`SimpleScalars`); these tests hold the scalar answers to the standard library's Character and
/// property answers, which do not come from the code under test.
@Suite struct SimpleScalarsTests {
    @Test func simpleScalarsJoinNoNeighbour() {
        let neighbours: [Unicode.Scalar] = ["a", " ", "一", "。", "（", "1"]
        for value in UInt32(0)...0xFFFF where SimpleScalars.isOwnGrapheme(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for other in neighbours + [scalar] {
                var before = String.UnicodeScalarView(), after = String.UnicodeScalarView()
                before.append(other); before.append(scalar)
                after.append(scalar); after.append(other)
                #expect(String(before).count == 2 && String(after).count == 2, "U+\(String(value, radix: 16))")
            }
        }
        #expect(!SimpleScalars.isOwnGrapheme(0x0D))  // CR LF is one Character
        #expect(!SimpleScalars.all("e\u{301}"))
    }

    /// Every line of the text samples and fixtures, measured by scalars and by Characters.
    @Test func scalarAnswersAreCharacterAnswersOnEveryFixtureLine() throws {
        let roots = ["Samples", "Tests/QingdanTests/Fixtures", "Tests/QingdanTests/Fixtures/shapes"]
        var lines: [String] = ["  　全角空格　 ", "e\u{301}  x", "\u{3000}", "区民政局（区医疗保障局）"]
        for root in roots {
            let folder = packageRoot.appendingPathComponent(root)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        #expect(lines.count > 1_000)
        for line in lines {
            let trimmed: String = {
                guard let first = line.firstIndex(where: { !$0.isWhitespace }),
                      let last = line.lastIndex(where: { !$0.isWhitespace }) else { return "" }
                return String(line[first...last])
            }()
            #expect(line.trimmingCellWhitespace == trimmed, "\(line)")
            #expect(line.displayWidth == line.reduce(0) { $0 + $1.displayWidth }, "\(line)")
            if let last = SimpleScalars.lastCharacter(of: line), let scalar = Unicode.Scalar(last) {
                #expect(line.last == Character(scalar), "\(line)")
            }
        }
    }

    /// The layout reader trims cells as Foundation's `trimmingCharacters(in:
    /// .whitespacesAndNewlines)` does, without Foundation: the same for every scalar of the
    /// Basic Multilingual Plane at either end, and on awkward texts.
    @Test func trimmingAsFoundationTrims() {
        var texts = ["", " ", "\r\n", " a b ", "\u{3000}全角\u{3000}", "\u{200B}x\u{200B}", " \u{301}x", "x\u{600} ", "\u{600} ", "\t\n\u{85}a\u{2028}"]
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(String.UnicodeScalarView([scalar]))
            texts += [text, "a" + text, text + "a", text + "一" + text]
        }
        for text in texts {
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    /// The layout reader measures the first unbreakable piece of a line by scalars where they are
    /// Characters: the same as the Character definition on every fixture line, its tails and
    /// lines built around brackets, quotes and Latin words.
    @Test func firstUnitWidthByScalarsIsTheCharacterWidth() throws {
        var lines = ["", "a", "（一）负责", "“五进工程”", "ABC123.5%的", "3.5亿元", "，。", "《条例》", "e\u{301}x", "x\u{301}",
                     "（e\u{301}）", String(repeating: "（", count: 40), String(repeating: "a", count: 40) + "一"]
        for root in ["Samples", "Tests/QingdanTests/Fixtures", "Tests/QingdanTests/Fixtures/shapes"] {
            let folder = packageRoot.appendingPathComponent(root)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let trimmed = line.trimmingCellWhitespace
                    lines += [trimmed, String(trimmed.dropFirst()), String(trimmed.dropFirst(2))]
                }
            }
        }
        for line in lines {
            #expect(LayoutWrapProfile.firstUnitWidth(of: line) == LayoutWrapProfile.firstUnitWidthByCharacters(of: line), "\(line)")
        }
    }

    /// The layout line reader slices runs out of a simple line: positions count Characters, one
    /// space (or tab, read as a space) stays inside a run, two end it.
    @Test func layoutRunsAsPrinted() {
        var reader = LayoutLineReader(text: "序号  事项\t名称   对应 上级部门\n 1   党建\u{3000}工作  区委组织部\n")
        let header = reader.readLine()?.runs ?? []
        #expect(header.map(\.start) == [0, 4, 12])
        #expect(header.map(\.text) == ["序号", "事项 名称", "对应 上级部门"])
        #expect(header.map(\.end) == [2, 9, 19])
        #expect(header.map(\.isSimple) == [true, true, true])
        #expect(header.map(\.key) == ["序号", "事项名称", "对应上级部门"])
        let row = reader.readLine()?.runs ?? []
        #expect(row.map(\.start) == [1, 5, 12])
        #expect(row.map(\.text) == ["1", "党建\u{3000}工作", "区委组织部"])
        #expect(row.map(\.end) == [2, 10, 17])
        // A Character of two scalars: read by Characters, with the same positions.
        var marked = LayoutLineReader(text: "e\u{301}x  一 二")
        let runs = marked.readLine()?.runs ?? []
        #expect(runs.map(\.start) == [0, 4])
        #expect(runs.map(\.text) == ["e\u{301}x", "一 二"])
        #expect(runs.map(\.end) == [2, 7])
        #expect(runs.map(\.isSimple) == [false, true])
    }

    /// `all(_:)` decodes a string's UTF-8 by hand; the standard library's scalar view is the
    /// truth: every scalar of the Basic and a sample of the other planes, alone, between ASCII
    /// and CJK neighbours, and in substrings that start and end inside a line.
    @Test func bytewiseAnswerIsTheScalarViewAnswer() {
        func truth(_ text: Substring) -> Bool { text.unicodeScalars.allSatisfy { SimpleScalars.isOwnGrapheme($0.value) } }
        let values = Array(UInt32(0)...0xFFFF) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 997))
        var mismatches: [String] = []
        var simple = 0
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(Character(scalar)), "a\(Character(scalar))一", "一\(Character(scalar))"] {
                let inner = text.dropFirst()
                if SimpleScalars.all(text) != truth(Substring(text)) || SimpleScalars.all(inner) != truth(inner) {
                    mismatches.append("U+\(String(value, radix: 16)) in \(text.unicodeScalars.map { String($0.value, radix: 16) })")
                }
                if SimpleScalars.all(text) { simple += 1 }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        // Both answers occur: the CJK ideographs alone are over 20,000 scalars of the set.
        #expect(simple > 3 * 20_000 && simple < 3 * values.count)
        for text in ["", "\r\n", "a\rb", "区民政局（牵头）：1.组织", "e\u{301}", "👍一", "一😀"] {
            #expect(SimpleScalars.all(text) == truth(Substring(text)), "\(text)")
        }
    }
}

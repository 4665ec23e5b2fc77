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

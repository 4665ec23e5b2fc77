import Foundation
import Testing
@testable import Qingdan

/// The conservation check: printed characters of the table region = characters in cells +
/// characters the tokenizer set aside (headers, page furniture, text reported in findings).
@Suite struct ConservationTests {
    static let samples = packageRoot.appendingPathComponent("Samples")

    @Test func countsPrintedScalarsOnly() {
        #expect(ConservationCheck.count("") == 0)
        #expect(ConservationCheck.count(" \t\r\n\u{0C}\u{3000}\u{A0}") == 0)
        #expect(ConservationCheck.count("1.负责 A级①。") == 8)
        // é as e + combining accent: two scalars, however the text is cut and joined.
        #expect(ConservationCheck.count("e\u{301}") == 2)
    }

    @Test func reportsLostAndInventedText() {
        let rows = [RawRow(cells: ["1", "甲事项"]), RawRow(cells: ["2", "乙"])]
        var table = RawTable(title: nil, headers: ["序号", "名称"], rows: rows, regionCharacters: 10, setAsideCharacters: 4)
        #expect(ConservationCheck().findings(in: table).isEmpty)
        table.regionCharacters = 12
        #expect(ConservationCheck().findings(in: table).map(\.code) == ["text.lost"])
        #expect(ConservationCheck().findings(in: table).first?.message(in: .english) == "2 printed characters of the table are in no cell and no finding")
        #expect(ConservationCheck().findings(in: table).first?.severity == .error)
        table.regionCharacters = 9
        #expect(ConservationCheck().findings(in: table).map(\.code) == ["text.invented"])
        table.regionCharacters = nil
        #expect(ConservationCheck().findings(in: table).isEmpty, "a tokenizer that does not count is not checked")
    }

    /// Every sample form that reads: its tokenizer counts the region, and nothing is lost.
    @Test func holdsOnEverySample() throws {
        let names = ["kouquan-cooperative.layout.txt", "kouquan-cooperative.txt", "kouquan-cooperative.raw.txt",
                     "kouquan-cooperative.html", "kouquan-cooperative.docx", "kouquan-cooperative.pdf",
                     "kouquan-cooperative-rev.pdf", "kouquan-cooperative-rev.docx"]
        var read = 0
        for name in names {
            let path = Self.samples.appendingPathComponent(name).path
            let format = try #require(InputFormat.detect(try Data(contentsOf: URL(fileURLWithPath: path))))
            // A form whose reader is not merged yet throws; the rest must conserve their text.
            guard let table = try? ListReader().extractTable(data: Data(contentsOf: URL(fileURLWithPath: path)), path: path, format: format) else { continue }
            read += 1
            #expect(table.regionCharacters != nil, "\(name): the tokenizer counts its region")
            #expect(ConservationCheck().findings(in: table).isEmpty, "\(name): \(ConservationCheck().findings(in: table))")
        }
        #expect(read >= 1)
    }

    /// Text the tokenizer cannot place is counted as set aside, so it is not also "lost".
    @Test func unplacedTextIsAccountedFor() throws {
        let text = """
            标题
            序号  名称    内容
            这一行不是表头而是多余的文字
            1     甲      内容一。
            2     乙      内容二。

            """
        let table = try LayoutTextTokenizer().tokenize(text: text, path: "t.txt")
        #expect(table.findings.map(\.code) == ["text.unplaced"])
        #expect(table.regionCharacters == ConservationCheck.count(text))
        #expect(ConservationCheck().findings(in: table).isEmpty)
    }
}

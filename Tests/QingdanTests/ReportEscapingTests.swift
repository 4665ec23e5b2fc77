import Foundation
import Testing
@testable import Qingdan

/// The report writers read cells eight bytes at a time (`ByteScan`) and copy a cell with nothing
/// to escape whole: every character that needs escaping, at every place in a word and in the
/// tail, must still be found. The truths are written here character by character, as each
/// format's rule reads.
@Suite("Report escaping")
struct ReportEscapingTests {
    /// Texts with `special` at each offset 0…23 among Chinese characters (3 bytes), ASCII
    /// letters and both, so that it falls in every byte of a word and in the tail.
    static func texts(with special: String) -> [String] {
        var texts: [String] = []
        for filler in ["事项", "ab", "职a"] {
            for count in 0..<12 {
                let before = String(repeating: filler, count: count)
                texts.append(before + special + String(repeating: filler, count: 12 - count))
                texts.append(before + special)
            }
        }
        return texts
    }

    static let specials = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2014}", ",",
                           "*", "_", "`", "[", "]", "<", ">", "#", "|", "~", "=", "+", "-", "@", " ", "x", "。"]

    static func markdownTruth(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            if scalar == "\n" { return "<br>" }
            return "\\*_`[]<>#|~".unicodeScalars.contains(scalar) ? "\\" + String(scalar) : String(scalar)
        }.joined()
    }

    static func jsonTruth(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case "\u{2028}", "\u{2029}": return String(format: "\\u%04x", scalar.value)
            default: return scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar)
            }
        }.joined() + "\""
    }

    static func csvTruth(_ text: String) -> String {
        var field = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            let rest = text.dropFirst()
            let number = !rest.isEmpty && rest.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
                && rest.filter { $0 == "." }.count <= 1 && rest.first != "." && rest.last != "."
            if !((first == "-" || first == "+") && (rest.isEmpty || number)) { field = "'" + text }
        }
        guard field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return field }
        return "\"" + field.unicodeScalars.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }

    @Test("every special character at every offset is escaped, in Markdown, JSON and CSV, on both paths")
    func everyOffset() {
        for special in Self.specials {
            for text in Self.texts(with: special) {
                var md: [UInt8] = [], json: [UInt8] = [], csv: [UInt8] = []
                MarkdownText.appendEscaped(text, to: &md)
                JSONValue.appendQuoted(text, to: &json)
                CSVWriter.appendField(text, to: &csv)
                #expect(String(decoding: md, as: UTF8.self) == Self.markdownTruth(text), "md \(text.debugDescription)")
                #expect(String(decoding: json, as: UTF8.self) == Self.jsonTruth(text), "json \(text.debugDescription)")
                #expect(String(decoding: csv, as: UTF8.self) == Self.csvTruth(text), "csv \(text.debugDescription)")
                // The same through a report (ByteWriter, cells as spans of one buffer).
                let table = ReportTable(title: "t", columns: [.init("k", "h")], rows: [[text], ["事项"]])
                #expect(table.markdown().contains("| \(Self.markdownTruth(text)) |\n"))
                #expect(table.json().contains("\"k\": \(Self.jsonTruth(text))\n"))
                #expect(table.csv(byteOrderMark: false) == "h\r\n\(Self.csvTruth(text))\r\n事项\r\n")
            }
        }
    }

    @Test("ByteScan's word tests agree with a byte-by-byte look, for every byte value in every place")
    func wordTests() {
        for value in 0...255 {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: 0xE4, count: 8)
                bytes[place] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                for probe: UInt8 in [0x22, 0x5C, 0x0A, 0xE2, 0x2C] {
                    #expect(ByteScan.contains(word, probe) == bytes.contains(probe))
                }
                #expect(ByteScan.containsBelow(word, 0x20) == bytes.contains { $0 < 0x20 })
                #expect(ByteScan.allHigh(word) == bytes.allSatisfy { $0 >= 0x80 })
            }
        }
    }

    @Test("a cell repeated down a column (stored once) is written as the same cell given row by row: escaped, in its own column")
    func repeatedCells() {
        var cells = ReportCells()
        let region = cells.store("某区|甲乡"), kind = cells.store("配合履职事项清单*"), blank = cells.store("")
        var rows: [[String]] = []
        for i in 0..<5 {
            let own = "条款 \(i) 含 \"引号\"、逗号,与<标记>与换行\n"
            cells.append(region)
            cells.append(i % 2 == 0 ? kind : region)
            cells.append(own)
            cells.append(blank)
            cells.endRow()
            rows.append(["某区|甲乡", i % 2 == 0 ? "配合履职事项清单*" : "某区|甲乡", own, ""])
        }
        let columns: [ReportTable.Column] = [.init("a", "甲"), .init("b", "乙"), .init("c", "丙"), .init("d", "丁")]
        let shared = ReportTable(title: "t", columns: columns, cells: cells, notes: ["n"])
        let plain = ReportTable(title: "t", columns: columns, rows: rows, notes: ["n"])
        #expect(shared.rows == rows)
        #expect(shared.markdownData() == plain.markdownData())
        #expect(shared.jsonData() == plain.jsonData())
        #expect(shared.csvData() == plain.csvData())
        #expect(shared.markdown().contains("| 某区\\|甲乡 | 配合履职事项清单\\* | 条款 0"))
    }
}

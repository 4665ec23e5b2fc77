import Foundation
import Testing
import ZIPFoundation
@testable import Qingdan

/// Row heights of the XLSX fit the wrapped text: every row is at least as tall as its longest
/// cell's line count times the height LibreOffice gives a line of 11-point Chinese text.
@Suite("XLSX row heights")
struct XLSXRowHeightTests {
    /// Measured, not taken from the writer: the sample's sheet rendered by LibreOffice to PDF
    /// (`soffice --convert-to pdf`, Noto Sans CJK) puts successive lines of a cell 17.4 pt apart.
    static let renderedLineHeight = 17.0
    /// Characters of a line, counted independently of the writer: a Chinese character (or any
    /// full-width form) fills about two units of Excel's column width, anything else one; a line
    /// holds what fits in the column less a unit for the cell's margins.
    static func lines(_ text: String, width: Double) -> Int {
        let room = width - 1
        return text.components(separatedBy: "\n").reduce(0) { count, paragraph in
            var lines = 1, used = 0.0
            for scalar in paragraph.unicodeScalars {
                let wide = (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
                    || (0x3000...0x303F).contains(scalar.value) || (0x2460...0x24FF).contains(scalar.value)
                let units = wide ? 2.0 : 1.0
                if used + units > room { lines += 1; used = 0 }
                used += units
            }
            return count + lines
        }
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test("every row of both sheets is as tall as its longest wrapped cell")
    func heightsFitLines() throws {
        let list = try ListReader().read(path: packageRoot.appendingPathComponent("Samples/kouquan-cooperative.txt").path)
        let data = try XLSXWriter().data(list)
        let archive = try Archive(data: data, accessMode: .read)
        let sheets = try XLSXReadBack.sheets(data)
        for (index, cells) in sheets.enumerated() {
            let xml = try XLSXReadBack.part("xl/worksheets/sheet\(index + 1).xml", in: archive)
            let widths = xml.components(separatedBy: "<col ").dropFirst().compactMap { Self.attribute("width", in: Substring($0)).flatMap(Double.init) }
            let heights = xml.components(separatedBy: "<row ").dropFirst().compactMap { Self.attribute("ht", in: Substring($0)).flatMap(Double.init) }
            #expect(heights.count == cells.count && widths.count == cells[0].count)
            var tallerThanNeeded = 0
            for (row, height) in zip(cells, heights) {
                let needed = row.enumerated().map { Self.lines($1, width: widths[$0]) }.max() ?? 1
                let wanted = min(409, Double(needed) * Self.renderedLineHeight)
                #expect(height >= wanted, "row \(row.first ?? "") needs \(needed) lines: \(height) pt < \(wanted) pt")
                // Not padded without need either.
                if height > wanted * 1.3 + 2 * Self.renderedLineHeight { tallerThanNeeded += 1 }
            }
            #expect(tallerThanNeeded == 0, "sheet \(index + 1): \(tallerThanNeeded) rows taller than their text")
        }
    }
}

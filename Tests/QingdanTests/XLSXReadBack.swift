import Foundation
import ZIPFoundation
@testable import Qingdan

/// Reads cells back from an XLSX with ZIPFoundation and libxml2, independent of the writer's code.
enum XLSXReadBack {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func part(_ path: String, in archive: Archive) throws -> String {
        guard let entry = archive[path] else { throw Failure(description: "no \(path)") }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Each worksheet (sheet1.xml, sheet2.xml, …) as rows of cell texts, "" for empty cells.
    static func sheets(_ data: Data) throws -> [[[String]]] {
        let archive = try Archive(data: data, accessMode: .read)
        let strings = try sharedStrings(in: archive)
        var sheets: [[[String]]] = []
        var index = 1
        while archive["xl/worksheets/sheet\(index).xml"] != nil {
            sheets.append(try sheet(part("xl/worksheets/sheet\(index).xml", in: archive), strings: strings))
            index += 1
        }
        return sheets
    }

    private static func sharedStrings(in archive: Archive) throws -> [String] {
        guard let root = (try? MarkupDocument.xml(Data(try part("xl/sharedStrings.xml", in: archive).utf8)))?.root else {
            throw Failure(description: "sharedStrings.xml is not XML")
        }
        return root.elements.filter { $0.name == "si" }.map(allText)
    }

    private static func sheet(_ xml: String, strings: [String]) throws -> [[String]] {
        guard let root = (try? MarkupDocument.xml(Data(xml.utf8)))?.root,
              let sheetData = root.elements.first(where: { $0.name == "sheetData" }) else {
            throw Failure(description: "worksheet without sheetData")
        }
        return try sheetData.elements.filter { $0.name == "row" }.map { row in
            var cells: [String] = []
            for cell in row.elements where cell.name == "c" {
                let column = columnIndex(cell.attribute("r") ?? "")
                while cells.count < column { cells.append("") }
                let value = cell.elements.first { $0.name == "v" }.map(allText) ?? ""
                if cell.attribute("t") == "s" {
                    guard let index = Int(value), strings.indices.contains(index) else { throw Failure(description: "bad string index \(value)") }
                    cells.append(strings[index])
                } else if cell.attribute("t") == "inlineStr" {
                    cells.append(cell.elements.first { $0.name == "is" }.map(allText) ?? "")
                } else {
                    cells.append(value)
                }
            }
            return cells
        }
    }

    /// 0-based column of an A1 reference.
    private static func columnIndex(_ reference: String) -> Int {
        reference.unicodeScalars.prefix { $0.properties.isAlphabetic }.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    private static func allText(_ node: MarkupNode) -> String {
        node.children.map { $0.kind == .text ? $0.text : ($0.name == "rPh" ? "" : allText($0)) }.joined()
    }
}

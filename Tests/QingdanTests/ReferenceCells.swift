import Foundation
@testable import Qingdan

/// The reference cells of a sample (Tests/QingdanTests/Fixtures/*.cells.json, written from the Word
/// file by Tests/Tools/docx_cells.py) and paths to the samples.
struct ReferenceCells: Decodable {
    struct Row: Decodable {
        var number: Int
        var cells: [String]
    }

    var title: String
    var headers: [String]
    var rows: [Row]

    /// The package root: three levels above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Samples").appendingPathComponent(name)
    }

    static func load(_ name: String) throws -> ReferenceCells {
        let url = packageRoot.appendingPathComponent("Tests/QingdanTests/Fixtures/\(name).cells.json")
        return try JSONDecoder().decode(ReferenceCells.self, from: Data(contentsOf: url))
    }

    /// Rows of `table` that differ from the reference, as readable lines (empty when all equal).
    func differences(from table: RawTable) -> [String] {
        var lines: [String] = []
        if table.title != title { lines.append("title \(table.title ?? "nil") ≠ \(title)") }
        if table.headers != headers { lines.append("headers \(table.headers) ≠ \(headers)") }
        if table.rows.count != rows.count { lines.append("row count \(table.rows.count) ≠ \(rows.count)") }
        for (got, want) in zip(table.rows, rows) where got.cells != want.cells {
            let column = Array(zip(got.cells, want.cells)).firstIndex { $0.0 != $0.1 } ?? min(got.cells.count, want.cells.count)
            let gotCell = column < got.cells.count ? got.cells[column] : "—"
            let wantCell = column < want.cells.count ? want.cells[column] : "—"
            lines.append("item \(want.number) column \(column + 1): \(gotCell.debugDescription) ≠ \(wantCell.debugDescription)")
        }
        return lines
    }
}

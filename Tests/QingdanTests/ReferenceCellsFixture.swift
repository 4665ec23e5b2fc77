import Foundation
@testable import Qingdan

/// The reference cells of a sample (`Fixtures/<name>.cells.json`, read from the Word file by
/// Tests/Tools/docx_cells.py) as the RawTable every input form must produce.
enum ReferenceCellsFixture {
    private struct File: Decodable {
        struct Row: Decodable {
            var number: Int
            var cells: [String]
        }
        var title: String
        var headers: [String]
        var rows: [Row]
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/QingdanTests/Fixtures/\(name).cells.json")
    }

    /// `kouquan-cooperative` or `kouquan-cooperative-rev`.
    static func load(_ name: String) throws -> RawTable {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url(name)))
        return RawTable(title: file.title, headers: file.headers, rows: file.rows.map { RawRow(cells: $0.cells) })
    }

    static func source(_ name: String) -> SourceInfo {
        SourceInfo(file: "\(name).docx", format: .docx, sha256: String(repeating: "0", count: 64), pages: nil)
    }

    /// The reference table normalized and validated, as ListReader would give it.
    static func list(_ name: String) throws -> DutyList {
        let table = try load(name)
        var list = ListNormalizer().normalize(table, source: source(name))
        Validator().validate(&list, table: table)
        return list
    }
}

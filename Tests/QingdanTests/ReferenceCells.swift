import Foundation
@testable import Qingdan

/// Expected cells of a table: the reference cells of a sample (`Fixtures/<name>.cells.json`, read
/// from the Word file by Tests/Tools/docx_cells.py), or the cells typed for a PDF fixture
/// (`Fixtures/pdf/<name>.expected.json`, written by Tests/Tools/make_pdf_fixtures.py).
struct ReferenceCells: Decodable {
    struct Row: Decodable {
        var number: Int
        var cells: [String]

        private enum CodingKeys: String, CodingKey { case number, cells }

        /// The typed PDF fixtures leave out `number`: it is then the 序号 printed in the first cell.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            cells = try container.decode([String].self, forKey: .cells)
            guard let number = try container.decodeIfPresent(Int.self, forKey: .number) ?? cells.first.flatMap({ Int($0) }) else {
                throw DecodingError.dataCorruptedError(forKey: .number, in: container, debugDescription: "no number and no 序号 in the first cell")
            }
            self.number = number
        }
    }

    var title: String
    var headers: [String]
    var rows: [Row]

    static let fixtures = packageRoot.appendingPathComponent("Tests/QingdanTests/Fixtures")

    static func sample(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Samples").appendingPathComponent(name)
    }

    /// `Fixtures/<name>.cells.json`; `name` is e.g. `kouquan-cooperative` or `kouquan-cooperative-rev`.
    static func load(_ name: String) throws -> ReferenceCells {
        try fixture("\(name).cells.json")
    }

    /// Any expected-cells file below `Fixtures/`, e.g. `pdf/unruled.expected.json`.
    static func fixture(_ relativePath: String) throws -> ReferenceCells {
        let url = fixtures.appendingPathComponent(relativePath)
        return try JSONDecoder().decode(ReferenceCells.self, from: Data(contentsOf: url))
    }

    /// The reference cells as the RawTable every input form must produce.
    static func table(_ name: String) throws -> RawTable {
        let reference = try load(name)
        return RawTable(title: reference.title, headers: reference.headers, rows: reference.rows.map { RawRow(cells: $0.cells) })
    }

    static func source(_ name: String) -> SourceInfo {
        SourceInfo(file: "\(name).docx", format: .docx, sha256: String(repeating: "0", count: 64), pages: nil)
    }

    /// The reference table normalized and validated, as ListReader would give it.
    static func list(_ name: String) throws -> DutyList {
        let table = try table(name)
        var list = ListNormalizer().normalize(table, source: source(name))
        Validator().validate(&list, table: table)
        return list
    }

    /// The rows of `table` compared with these, row by row.
    func compare(_ table: RawTable) -> RowComparison {
        RowComparison(table, expected: rows.map(\.cells), headers: headers, numbers: rows.map(\.number))
    }

    /// Where `table` differs from the reference, as readable lines (empty when all equal).
    func differences(from table: RawTable) -> [String] {
        var lines: [String] = []
        if table.title != title { lines.append("title \(table.title ?? "nil") ≠ \(title)") }
        if table.headers != headers { lines.append("headers \(table.headers) ≠ \(headers)") }
        if table.rows.count != rows.count { lines.append("row count \(table.rows.count) ≠ \(rows.count)") }
        return lines + compare(table).differences
    }
}

/// A table's rows compared with expected cells: how many are equal, and each that is not,
/// described by its first differing column.
struct RowComparison {
    var equal = 0
    var differences: [String] = []

    var firstDifference: String? { differences.first }

    /// `headers` name the columns in the messages; `numbers` the rows (else their 1-based position).
    init(_ table: RawTable, expected: [[String]], headers: [String] = [], numbers: [Int] = []) {
        for (index, want) in expected.enumerated() {
            let got = index < table.rows.count ? table.rows[index].cells : []
            if got == want {
                equal += 1
                continue
            }
            let column = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            let number = index < numbers.count ? numbers[index] : index + 1
            let header = column < headers.count ? headers[column] : "\(column + 1)"
            let gotCell = column < got.count ? got[column].debugDescription : "<missing>"
            let wantCell = column < want.count ? want[column].debugDescription : "<missing>"
            differences.append("item \(number), column \(header):\n  got      \(gotCell)\n  expected \(wantCell)")
        }
        if table.rows.count > expected.count {
            differences.append("\(table.rows.count - expected.count) rows more than the \(expected.count) expected")
        }
    }
}

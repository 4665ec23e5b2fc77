import Foundation
import Testing
@testable import Qingdan

@Suite struct PDFTests {
    /// The package root: three levels up from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func extract(_ relativePath: String, password: String? = nil) throws(QingdanError) -> RawTable {
        let path = root.appendingPathComponent(relativePath).path
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw QingdanError(.unreadable, file: path, "cannot read")
        }
        return try PDFTableExtractor(password: password).extract(data: data, path: path)
    }

    struct Reference: Decodable {
        struct Row: Decodable { var number: Int; var cells: [String] }
        var title: String
        var headers: [String]
        var rows: [Row]
    }

    static func reference(_ name: String) throws -> Reference {
        let url = root.appendingPathComponent("Tests/QingdanTests/Fixtures/\(name)")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    @Test(arguments: ["kouquan-cooperative", "kouquan-cooperative-rev"])
    func sampleEqualsReference(name: String) throws {
        let table = try Self.extract("Samples/\(name).pdf")
        let reference = try Self.reference("\(name).cells.json")
        #expect(table.title == reference.title)
        #expect(table.headers == reference.headers)
        #expect(table.rows.count == reference.rows.count)
        #expect(table.pageCount == 23)
        #expect(table.findings.isEmpty)
        for (row, expected) in zip(table.rows, reference.rows) {
            for (column, (cell, expectedCell)) in zip(row.cells, expected.cells).enumerated() where cell != expectedCell {
                Issue.record("row \(expected.number) column \(column): \(cell.debugDescription) != \(expectedCell.debugDescription)")
            }
        }
    }
}

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
        struct Row: Decodable { var cells: [String] }
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
                Issue.record("row \(expected.cells[0]) column \(column): \(cell.debugDescription) != \(expectedCell.debugDescription)")
            }
        }
    }

    @Test func rowBrokenAcrossPagesListsBothPages() throws {
        // pdftotext -layout shows item 6 ending "…发生变化的，进" on page 1 and "行复核。" on top of
        // page 2, item 12 running from page 2 onto page 3, and item 100 starting on page 22 with
        // "拆除、砍伐或者清除。" on page 23.
        let table = try Self.extract("Samples/kouquan-cooperative.pdf")
        #expect(table.rows[0].pages == [1])
        #expect(table.rows[5].pages == [1, 2])
        #expect(table.rows[5].cells[4].hasSuffix("2.对集中供养的特困人员生活自理能力发生变化的，进行复核。"))
        #expect(table.rows[11].pages == [2, 3])
        #expect(table.rows[99].pages == [22, 23])
    }

    /// The fixtures made by Tests/Tools/make_pdf_fixtures.py, with the cells typed there.
    @Test(arguments: ["merged-category", "merged-whole-rows", "portrait-first-header"])
    func fixtureEqualsTypedCells(name: String) throws {
        let table = try Self.extract("Tests/QingdanTests/Fixtures/pdf/\(name).pdf")
        let expected = try Self.reference("pdf/\(name).expected.json")
        #expect(table.title == expected.title)
        #expect(table.headers == expected.headers)
        #expect(table.rows.count == expected.rows.count)
        #expect(table.findings.isEmpty)
        for (index, (row, expectedRow)) in zip(table.rows, expected.rows).enumerated() {
            for (column, (cell, expectedCell)) in zip(row.cells, expectedRow.cells).enumerated() where cell != expectedCell {
                Issue.record("row \(index + 1) column \(column): \(cell.debugDescription) != \(expectedCell.debugDescription)")
            }
        }
    }
}

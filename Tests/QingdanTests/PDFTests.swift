import Foundation
import Testing
@testable import Qingdan

@Suite struct PDFTests {
    static func extract(_ relativePath: String, password: String? = nil) throws(QingdanError) -> RawTable {
        let path = packageRoot.appendingPathComponent(relativePath).path
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw QingdanError(.unreadable, file: path, .cannotRead(reason: nil))
        }
        return try PDFTableExtractor(password: password).extract(data: data, path: path)
    }

    @Test(arguments: ["kouquan-cooperative", "kouquan-cooperative-rev"])
    func sampleEqualsReference(name: String) throws {
        let table = try Self.extract("Samples/\(name).pdf")
        let reference = try ReferenceCells.load(name)
        #expect(table.title == reference.title)
        #expect(table.headers == reference.headers)
        #expect(table.rows.count == reference.rows.count)
        #expect(table.pageCount == 23)
        #expect(table.findings.isEmpty)
        let comparison = reference.compare(table)
        #expect(comparison.differences.isEmpty, "\(comparison.differences.joined(separator: "\n"))")
    }

    @Test func sampleTypesetAgainInPortraitGivesTheSameCells() throws {
        // The sample's DOCX set in portrait, justified, header row on page 1 only, with other fonts
        // (Tests/Tools/make_pdf_fixtures.py): other line breaks, character spacing and page
        // breaks, same cells.
        let table = try Self.extract("Tests/QingdanTests/Fixtures/pdf/kouquan-portrait.pdf")
        let reference = try ReferenceCells.load("kouquan-cooperative")
        #expect(table.title == reference.title)
        #expect(table.headers == reference.headers)
        #expect(table.pageCount == 18)
        #expect(table.rows.map(\.cells) == reference.rows.map(\.cells))
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

    @Test func fixtureRowsKeepTheirPages() throws {
        // Read off the rendered fixture pages: item 6 of the landscape list runs from page 1 onto
        // page 2 and item 12 from page 2 onto page 3; item 6 of the portrait list (no header on
        // page 2) continues at the top of page 2.
        let merged = try Self.extract("Tests/QingdanTests/Fixtures/pdf/merged-category.pdf")
        #expect(merged.rows[5].pages == [1, 2])
        #expect(merged.rows[11].pages == [2, 3])
        #expect(merged.pageCount == 3)
        let portrait = try Self.extract("Tests/QingdanTests/Fixtures/pdf/portrait-first-header.pdf")
        #expect(portrait.rows[5].pages == [1, 2])
        // Rows that may not split: item 11 stands alone at the top of page 3, under the 经济发展
        // printed once on page 2 for items 6 to 11.
        let whole = try Self.extract("Tests/QingdanTests/Fixtures/pdf/merged-whole-rows.pdf")
        #expect(whole.rows.allSatisfy { $0.pages.count == 1 })
        #expect(whole.rows[10].pages == [3])
        #expect(whole.rows[10].cells[1] == "经济发展")
        #expect(whole.rows[5].pages == [2])
        // Without ruling lines: item 4 runs from page 1 onto page 2 (its 5th clause on page 2).
        let unruled = try Self.extract("Tests/QingdanTests/Fixtures/pdf/unruled.pdf")
        #expect(unruled.rows[3].pages == [1, 2])
        #expect(unruled.title == "示例镇履职事项清单（无框线）")
    }

    /// The fixtures made by Tests/Tools/make_pdf_fixtures.py, with the cells typed there.
    @Test(arguments: ["merged-category", "merged-whole-rows", "portrait-first-header", "unruled"])
    func fixtureEqualsTypedCells(name: String) throws {
        try Self.expectFixtureEqualsExpectedCells(name)
    }

    /// `Fixtures/pdf/NAME.pdf` reads to the title, headers and rows of `NAME.expected.json`, with
    /// no findings.
    static func expectFixtureEqualsExpectedCells(_ name: String) throws {
        let table = try extract("Tests/QingdanTests/Fixtures/pdf/\(name).pdf")
        let expected = try ReferenceCells.fixture("pdf/\(name).expected.json")
        #expect(table.title == expected.title)
        #expect(table.headers == expected.headers)
        #expect(table.rows.count == expected.rows.count)
        #expect(table.findings.isEmpty)
        let comparison = expected.compare(table)
        #expect(comparison.differences.isEmpty, "\(comparison.differences.joined(separator: "\n"))")
    }

    static func kind(of body: () throws(QingdanError) -> RawTable) -> QingdanError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func randomBytesAreNotAPDF() throws {
        var generator = SplitMix64(seed: 7)
        let bytes = Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        let error = Self.kind { () throws(QingdanError) in try PDFTableExtractor().extract(data: bytes, path: "random.pdf") }
        #expect(error?.kind == .unsupported)
        #expect(error?.description(in: .english).hasPrefix("random.pdf: ") == true)
    }

    @Test func truncatedPDFIsReported() throws {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("Samples/kouquan-cooperative.pdf"))
        let half = data.prefix(data.count / 2)
        let error = Self.kind { () throws(QingdanError) in try PDFTableExtractor().extract(data: half, path: "half.pdf") }
        #expect(error?.kind == .unsupported)
    }

    @Test func encryptedPDFNeedsItsPassword() throws {
        let path = "Tests/QingdanTests/Fixtures/pdf/encrypted.pdf"
        let missing = Self.kind { () throws(QingdanError) in try Self.extract(path) }
        #expect(missing?.kind == .encrypted)
        #expect(missing?.message(in: .english) == "encrypted PDF; pass --password")
        let wrong = Self.kind { () throws(QingdanError) in try Self.extract(path, password: "guess") }
        #expect(wrong?.kind == .encrypted)
        #expect(wrong?.message(in: .english) == "encrypted PDF; pass --password")
        let table = try Self.extract(path, password: "secret")
        let expected = try ReferenceCells.fixture("pdf/portrait-first-header.expected.json")
        #expect(table.rows.map(\.cells) == expected.rows.map(\.cells))
    }

    @Test func scannedPDFHasNoTextLayer() throws {
        let error = Self.kind { () throws(QingdanError) in try Self.extract("Tests/QingdanTests/Fixtures/pdf/scanned.pdf") }
        #expect(error?.kind == .noTextLayer)
        #expect(error?.location == .page(1))
        #expect(error?.message(in: .english) == "no text layer; OCR is not supported")
    }

    @Test func scannedPageAfterTheTableIsOnlyReported() throws {
        let table = try Self.extract("Tests/QingdanTests/Fixtures/pdf/scan-appendix.pdf")
        let expected = try ReferenceCells.fixture("pdf/scan-appendix.expected.json")
        #expect(table.rows.map(\.cells) == expected.rows.map(\.cells))
        #expect(table.pageCount == 2)
        #expect(table.findings == [Finding(.warning, "page.no-text",
                                           .pageWithoutText(page: 2))])
    }

    @Test func pdfWithoutTableHasNoTable() throws {
        let error = Self.kind { () throws(QingdanError) in try Self.extract("Tests/QingdanTests/Fixtures/pdf/no-table.pdf") }
        #expect(error?.kind == .noTable)
        #expect(error?.message(in: .english) == "no table found")
    }

    @Test func inspectWritesAPNG() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-inspect-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: output) }
        let input = packageRoot.appendingPathComponent("Tests/QingdanTests/Fixtures/pdf/merged-category.pdf").path
        try PageInspector().writePNG(input: input, page: 2, output: output.path)
        let png = try Data(contentsOf: output)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 10_000)
        #expect(throws: QingdanError.self) { try PageInspector().writePNG(input: input, page: 9, output: output.path) }
        // A scan has nothing to draw over, but still renders.
        let scan = packageRoot.appendingPathComponent("Tests/QingdanTests/Fixtures/pdf/scanned.pdf").path
        try PageInspector().writePNG(input: scan, page: 1, output: output.path)
        #expect(try Data(contentsOf: output).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}

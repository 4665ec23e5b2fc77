import Foundation
import Testing
@testable import Qingdan

@Suite struct DOCXTests {
    private func table(_ name: String) throws -> RawTable {
        let url = ReferenceCells.sample(name)
        return try DOCXTableExtractor().extract(data: Data(contentsOf: url), path: url.path)
    }

    @Test(arguments: ["kouquan-cooperative", "kouquan-cooperative-rev"])
    func sampleEqualsReference(name: String) throws {
        let reference = try ReferenceCells.load(name)
        let table = try table("\(name).docx")
        #expect(reference.differences(from: table) == [])
        #expect(table.rows.count == 100)
        #expect(table.findings.isEmpty)
    }
}

import Foundation
import Testing
@testable import Qingdan

@Suite struct HTMLTests {
    private func table(html: String, path: String = "page.html") throws -> RawTable {
        try HTMLTableExtractor().extract(data: Data(html.utf8), path: path)
    }

    @Test func sampleEqualsReference() throws {
        let url = ReferenceCells.sample("kouquan-cooperative.html")
        let table = try HTMLTableExtractor().extract(data: Data(contentsOf: url), path: url.path)
        let reference = try ReferenceCells.load("kouquan-cooperative")
        #expect(reference.differences(from: table) == [])
        #expect(table.rows.count == 100)
        #expect(table.findings.isEmpty)
    }
}

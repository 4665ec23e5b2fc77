import Foundation
import Testing
@testable import Qingdan

/// `Output/` is what `make run` writes from `Samples/`; these tests fail when it is stale.
@Suite struct OutputTests {
    static let output = packageRoot.appendingPathComponent("Output")

    static func committed(_ name: String) throws -> Data {
        try Data(contentsOf: output.appendingPathComponent(name))
    }

    static func list(_ sample: String) throws -> DutyList {
        try ListReader().read(path: packageRoot.appendingPathComponent("Samples/\(sample)").path)
    }

    @Test(arguments: ["kouquan-cooperative.pdf", "kouquan-cooperative-rev.pdf"])
    func listOutputsAreCurrent(_ sample: String) throws {
        let list = try Self.list(sample)
        let stem = (sample as NSString).deletingPathExtension
        let expected: [(String, String)] = [
            ("\(stem).json", JSONWriter().render(list)),
            ("\(stem).csv", CSVWriter().render(list)),
            ("\(stem).clauses.csv", CSVWriter().renderClauses(list)),
            ("\(stem).md", MarkdownWriter().render(list)),
        ]
        for (name, text) in expected {
            #expect(try Self.committed(name) == Data(text.utf8), "Output/\(name) is stale: run `make run`")
        }
        if let errors = try SchemaValidation.errors(in: String(decoding: try Self.committed("\(stem).json"), as: UTF8.self)) {
            Issue.record("Output/\(stem).json: \(errors)")
        }
    }

    /// The writers hand their bytes to the temporary file in pieces (`OutputBuffer.pieceSize`,
    /// smaller than each of these files): written so, every file is the committed one byte for byte.
    @Test(arguments: ["kouquan-cooperative.pdf"])
    func outputsWrittenInPiecesAreTheCommittedOnes(_ sample: String) throws {
        let list = try Self.list(sample)
        let stem = (sample as NSString).deletingPathExtension
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writers: [(String, (inout OutputBuffer) throws(QingdanError) -> Void)] = [
            ("\(stem).json", { (out: inout OutputBuffer) throws(QingdanError) in try JSONWriter().write(list, to: &out) }),
            ("\(stem).csv", { (out: inout OutputBuffer) throws(QingdanError) in try CSVWriter().write(list, to: &out) }),
            ("\(stem).clauses.csv", { (out: inout OutputBuffer) throws(QingdanError) in try CSVWriter().writeClauses(list, to: &out) }),
            ("\(stem).md", { (out: inout OutputBuffer) throws(QingdanError) in try MarkdownWriter().write(list, to: &out) }),
        ]
        try AtomicFile.write(writers.map { (folder.appendingPathComponent($0.0).path, $0.1) })
        for (name, _) in writers {
            let written = try Data(contentsOf: folder.appendingPathComponent(name))
            let committed = try Self.committed(name)
            #expect(written.count > OutputBuffer.pieceSize, "\(name) fits one piece: the test shows nothing")
            #expect(written == committed, "\(name) written in pieces differs")
        }
        // No temporary is left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == writers.map(\.0).sorted())
    }

    @Test func diffOutputsAreCurrent() throws {
        let diff = ListDiffer().diff(try Self.list("kouquan-cooperative.pdf"), try Self.list("kouquan-cooperative-rev.pdf"))
        let expected: [(String, String)] = [
            ("kouquan-cooperative.diff.json", DiffJSONWriter().render(diff)),
            ("kouquan-cooperative.diff.md", DiffMarkdownWriter().render(diff)),
            ("kouquan-cooperative.diff.html", DiffHTMLWriter().render(diff)),
        ]
        for (name, text) in expected {
            #expect(try Self.committed(name) == Data(text.utf8), "Output/\(name) is stale: run `make run`")
        }
    }

    /// Nothing in Output/ that `make run` does not write (a renamed sample would leave an orphan).
    @Test func outputHoldsOnlyGeneratedFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.output.path).sorted()
        let stems = ["kouquan-cooperative", "kouquan-cooperative-rev"]
        let expected = (stems.flatMap { ["\($0).json", "\($0).csv", "\($0).clauses.csv", "\($0).md"] }
            + ["kouquan-cooperative.diff.json", "kouquan-cooperative.diff.md", "kouquan-cooperative.diff.html"]).sorted()
        #expect(names == expected)
    }
}

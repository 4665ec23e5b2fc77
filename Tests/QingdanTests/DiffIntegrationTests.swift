import Foundation
import Testing
@testable import Qingdan

/// The diff of the two sample editions, read through the whole pipeline from every pairing of
/// input forms, must list exactly the changes in `Samples/kouquan-cooperative-rev.changes.json`.
@Suite struct DiffIntegrationTests {
    struct Pairing: Sendable, CustomTestStringConvertible {
        var old: String
        var new: String
        var testDescription: String { "\(old) → \(new)" }
    }

    static let pairings = [
        Pairing(old: "kouquan-cooperative.pdf", new: "kouquan-cooperative-rev.pdf"),
        Pairing(old: "kouquan-cooperative.txt", new: "kouquan-cooperative-rev.pdf"),
        Pairing(old: "kouquan-cooperative.layout.txt", new: "kouquan-cooperative-rev.docx"),
        Pairing(old: "kouquan-cooperative.html", new: "kouquan-cooperative-rev.pdf"),
        Pairing(old: "Output/kouquan-cooperative.json", new: "kouquan-cooperative-rev.pdf"),
        Pairing(old: "kouquan-cooperative.docx", new: "Output/kouquan-cooperative-rev.json"),
    ]

    static func path(_ name: String) -> String {
        packageRoot.appendingPathComponent(name.hasPrefix("Output/") ? name : "Samples/\(name)").path
    }

    /// The changes file's vocabulary, reduced to what it states: numbers, names and changed fields.
    static func summary(_ json: Any?) -> [String] {
        guard let top = json as? [String: Any] else { return [] }
        var lines: [String] = []
        for entry in top["removed"] as? [[String: Any]] ?? [] {
            lines.append("removed \(entry["old_number"] ?? "") \(entry["name"] ?? "")")
        }
        for entry in top["added"] as? [[String: Any]] ?? [] {
            lines.append("added \(entry["new_number"] ?? "") \(entry["name"] ?? "")")
        }
        for entry in top["modified"] as? [[String: Any]] ?? [] {
            let fields = (entry["fields"] as? [Any] ?? []).map { "\($0)" }.joined(separator: ",")
            lines.append("modified \(entry["old_number"] ?? "")→\(entry["new_number"] ?? "") \(entry["old_name"] ?? "")→\(entry["new_name"] ?? "") [\(fields)]")
        }
        return lines.sorted()
    }

    @Test(arguments: pairings)
    func findsExactlyThePublishedChanges(_ pairing: Pairing) throws {
        let reader = EditionReader()
        let diff = ListDiffer().diff(try reader.read(path: Self.path(pairing.old)), try reader.read(path: Self.path(pairing.new)))
        let got = try JSONSerialization.jsonObject(with: Data(DiffJSONWriter().render(diff).utf8))
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: packageRoot.appendingPathComponent("Samples/kouquan-cooperative-rev.changes.json")))
        #expect(Self.summary(got) == Self.summary(expected))
        #expect(Self.summary(expected).count == 6)
    }
}

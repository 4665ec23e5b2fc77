import Foundation
import Testing
@testable import Qingdan

/// The whole pipeline on every form of the sample: every form must give the same list.
@Suite struct PipelineTests {
    static let firstEdition = ["kouquan-cooperative.docx", "kouquan-cooperative.txt", "kouquan-cooperative.layout.txt",
                               "kouquan-cooperative.pdf", "kouquan-cooperative.html", "kouquan-cooperative.raw.txt"]
    static let secondEdition = ["kouquan-cooperative-rev.docx", "kouquan-cooperative-rev.pdf"]

    static func read(_ sample: String) throws -> DutyList {
        try ListReader().read(path: packageRoot.appendingPathComponent("Samples/\(sample)").path)
    }

    /// Items without where they were printed, which differs by form.
    static func comparable(_ list: DutyList) -> [Item] {
        list.items.map { item in
            var item = item
            item.source = ItemSource()
            return item
        }
    }

    @Test(arguments: [firstEdition, secondEdition])
    func everyFormGivesTheSameItems(_ forms: [String]) throws {
        let reference = try Self.read(forms[0])
        #expect(reference.items.count == 100)
        for form in forms.dropFirst() {
            let list = try Self.read(form)
            #expect(list.title == reference.title, "\(form)")
            #expect(list.columns == reference.columns, "\(form)")
            let items = Self.comparable(list), expected = Self.comparable(reference)
            #expect(items.count == expected.count, "\(form)")
            for (got, want) in zip(items, expected) where got != want {
                Issue.record("\(form): item \(want.number) differs from \(forms[0])")
                break
            }
            // Item-level findings (departments, quotes, numbering) do not depend on the form; a
            // reader's doubt about a line break does (FlowParagraphBreakTests holds it to the truth).
            #expect(Self.listFindings(list) == Self.listFindings(reference), "\(form)")
        }
    }

    /// Findings about the list's items, not about how one form printed them.
    static func listFindings(_ list: DutyList) -> [Finding] {
        list.findings.filter { $0.item != nil && $0.code != "text.paragraph-uncertain" }
    }

    /// No error in any form: a list read exactly raises no alarm (a flowing text's doubt about a
    /// line break, text.paragraph-uncertain, is held to the reference cells by FlowParagraphBreakTests).
    @Test(arguments: firstEdition + secondEdition)
    func noErrorsAndLossless(_ form: String) throws {
        let list = try Self.read(form)
        #expect(list.findings.filter { $0.severity == .error } == [], "\(form)")
        for item in list.items {
            let lossy = LosslessCheck.mismatches(in: item, columns: list.columns).map(\.header)
            #expect(lossy == [], "\(form): item \(item.number)")
        }
    }

    @Test(arguments: firstEdition + secondEdition)
    func jsonValidatesAndIsDeterministic(_ form: String) throws {
        let first = JSONWriter().render(try Self.read(form))
        let second = JSONWriter().render(try Self.read(form))
        #expect(first == second)
        if let errors = try SchemaValidation.errors(in: first) { Issue.record("\(form): \(errors)") }
    }
}

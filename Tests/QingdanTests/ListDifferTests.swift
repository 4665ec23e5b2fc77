import Foundation
import Testing
@testable import Qingdan

@Suite("ListDiffer")
struct ListDifferTests {
    /// Sorted-key JSON text of a value, for comparing JSON structures exactly.
    private func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    private func diffOfEditions() throws -> ListDiff {
        ListDiffer().diff(try DiffFixtures.referenceList("kouquan-cooperative"),
                          try DiffFixtures.referenceList("kouquan-cooperative-rev"))
    }

    @Test("the two kouquan editions differ exactly as changes.json says")
    func sampleEditionsMatchChangesFile() throws {
        let rendered = DiffJSONWriter().render(try diffOfEditions())
        let output = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
        let expected = try DiffFixtures.expectedChanges()

        func project(_ entries: Any?, keys: [String]) -> [[String: Any]] {
            (entries as? [[String: Any]] ?? []).map { entry in
                Dictionary(uniqueKeysWithValues: keys.compactMap { key in entry[key].map { (key, $0) } })
            }
        }
        let modifiedKeys = ["old_number", "new_number", "old_name", "new_name", "fields"]
        #expect(try canonical(project(output["removed"], keys: ["old_number", "name"])) == canonical(expected["removed"] ?? []))
        #expect(try canonical(project(output["added"], keys: ["new_number", "name"])) == canonical(expected["added"] ?? []))
        #expect(try canonical(project(output["modified"], keys: modifiedKeys)) == canonical(expected["modified"] ?? []))
    }

    @Test("items around the insertion at 10 and the removal at 61 count as renumbered")
    func sampleEditionsCountRenumbering() throws {
        let diff = try diffOfEditions()
        // Old 10…60 move down one (new 11…61) except the modified 13, 26, 54: 48 items.
        // Old 1…9 except 2 and old 62…100 keep their numbers: 8 + 39 items.
        #expect(diff.renumbered == 48)
        #expect(diff.unchanged == 47)
        #expect(!diff.isEmpty)
    }

    @Test("details of the sample's four modifications")
    func sampleEditionsDetails() throws {
        let modified = try diffOfEditions().modified
        try #require(modified.count == 4)

        guard case .name(let name) = modified[0].fields.first else { Issue.record("item 2 not renamed"); return }
        #expect(name.runs == [DiffRun(.equal, "志愿"), DiffRun(.delete, "者"), DiffRun(.equal, "服务工作")])

        guard case .duties(.townshipDuties, let township) = modified[1].fields.first else { Issue.record("13"); return }
        #expect(township.clauses == [ClauseChange(
            kind: .reworded, section: nil, oldLabel: "1.", oldText: "开展宣传教育。", newLabel: "1.", newText: "开展禁毒宣传教育。",
            runs: [DiffRun(.equal, "开展"), DiffRun(.insert, "禁毒"), DiffRun(.equal, "宣传教育。")])])
        #expect(township.cellText == nil)

        guard case .duties(.superiorDuties, let superior) = modified[2].fields.first else { Issue.record("26"); return }
        #expect(superior.clauses == [ClauseChange(
            kind: .removed, section: nil, oldLabel: "4.", oldText: "负责审核农村厕所摸排及改造情况，对农村卫生厕所改造进行验收。")])

        guard case .departments(let departments) = modified[3].fields.first else { Issue.record("54"); return }
        #expect(departments.added == ["区住房和城乡建设局"])
        #expect(departments.removed == ["区住房和城乡建设"])
    }

    @Test("identical editions give an empty diff")
    func identicalEditions() throws {
        let list = try DiffFixtures.referenceList("kouquan-cooperative")
        let diff = ListDiffer().diff(list, list)
        #expect(diff.isEmpty)
        #expect(diff.unchanged == 100)
        #expect(diff.renumbered == 0)
        #expect(diff.modified.isEmpty && diff.added.isEmpty && diff.removed.isEmpty)
    }
}

import Testing
@testable import Qingdan

@Suite("CharacterDiff")
struct CharacterDiffTests {
    private func reassembled(_ runs: [DiffRun]) -> (old: String, new: String) {
        (runs.filter { $0.operation != .insert }.map(\.text).joined(),
         runs.filter { $0.operation != .delete }.map(\.text).joined())
    }

    @Test("a reworded Chinese clause diffs character by character")
    func rewordedClause() {
        // Item 4 of the sample, township duty 1, with 或者 → 或 and 领回 → 接回.
        let old = "对查明住址的，及时通知其亲属或者所在单位领回。"
        let new = "对查明住址的，及时通知其亲属或所在单位接回。"
        #expect(CharacterDiff().runs(from: old, to: new) == [
            DiffRun(.equal, "对查明住址的，及时通知其亲属或"),
            DiffRun(.delete, "者"),
            DiffRun(.equal, "所在单位"),
            DiffRun(.delete, "领"),
            DiffRun(.insert, "接"),
            DiffRun(.equal, "回。"),
        ])
    }

    @Test("an insertion in the middle is one run")
    func insertion() {
        #expect(CharacterDiff().runs(from: "开展宣传教育。", to: "开展禁毒宣传教育。") == [
            DiffRun(.equal, "开展"), DiffRun(.insert, "禁毒"), DiffRun(.equal, "宣传教育。"),
        ])
    }

    @Test("a shared character inside a rewritten phrase does not split the change")
    func coincidentalEquality() {
        #expect(CharacterDiff().runs(from: "审核的结果", to: "复查的意见") == [
            DiffRun(.delete, "审核的结果"), DiffRun(.insert, "复查的意见"),
        ])
    }

    @Test("edge cases: equal, empty and one-sided texts")
    func edges() {
        #expect(CharacterDiff().runs(from: "不变", to: "不变") == [DiffRun(.equal, "不变")])
        #expect(CharacterDiff().runs(from: "", to: "") == [])
        #expect(CharacterDiff().runs(from: "", to: "新增") == [DiffRun(.insert, "新增")])
        #expect(CharacterDiff().runs(from: "删除", to: "") == [DiffRun(.delete, "删除")])
    }

    @Test("runs always rebuild both texts", arguments: [
        ("1.负责审核农村厕所摸排及改造情况。", "1.负责审核农村卫生厕所改造情况，组织验收。"),
        ("区住房和城乡建设", "区住房和城乡建设局"),
        ("①低保对象、特困人员。②因病致贫重病患者。", "①低保对象。②因病致贫重病患者、监测对象。"),
        ("abc\n第二段", "第二段\nabc"),
    ])
    func lossless(pair: (String, String)) {
        let runs = CharacterDiff().runs(from: pair.0, to: pair.1)
        #expect(reassembled(runs) == (pair.0, pair.1))
        #expect(!runs.contains { $0.text.isEmpty })
    }

    @Test("Myers finds a shortest edit script")
    func myersIsMinimal() {
        // The paper's example: ABCABBA → CBABAC needs D = 5 edits (LCS 4).
        let edits = MyersDiff(Array("ABCABBA"), Array("CBABAC")).edits()
        let changes = edits.filter { if case .equal = $0 { return false } else { return true } }
        #expect(changes.count == 5)
        #expect(MyersDiff(Array("ABCABBA"), Array("CBABAC")).commonCount() == 4)
    }
}

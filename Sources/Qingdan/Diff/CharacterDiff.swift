/// Character-level inline diff. Chinese has no spaces to split words on, so the unit is the
/// character (grapheme); the raw edit script is then tidied so that a reworded clause reads as a
/// few runs rather than confetti.
///
///     CharacterDiff().runs(from: "开展宣传教育。", to: "开展禁毒宣传教育。")
///     // = 开展, +禁毒, =宣传教育。
public struct CharacterDiff: Sendable {
    public init() {}

    public func runs(from old: String, to new: String) -> [DiffRun] {
        let a = Array(old), b = Array(new)
        var segments: [DiffSegment] = []
        var kept = "", deleted = "", inserted = ""
        func flushKept() {
            if !kept.isEmpty { segments.append(.equal(kept)); kept = "" }
        }
        func flushChange() {
            if !deleted.isEmpty || !inserted.isEmpty { segments.append(.change(deleted: deleted, inserted: inserted)) }
            deleted = ""
            inserted = ""
        }
        for edit in MyersDiff(a, b).edits() {
            switch edit {
            case .equal(let i, _):
                flushChange()
                kept.append(a[i])
            case .delete(let i):
                flushKept()
                deleted.append(a[i])
            case .insert(let j):
                flushKept()
                inserted.append(b[j])
            }
        }
        flushKept()
        flushChange()
        return segments.dissolvingShortEqualities().flatMap(\.runs)
    }
}

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
        var segments: [Segment] = []
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

/// A kept stretch, or a replaced one (deleted and inserted text side by side).
private enum Segment {
    case equal(String)
    case change(deleted: String, inserted: String)

    var runs: [DiffRun] {
        switch self {
        case .equal(let text):
            return [DiffRun(.equal, text)]
        case .change(let deleted, let inserted):
            return (deleted.isEmpty ? [] : [DiffRun(.delete, deleted)])
                + (inserted.isEmpty ? [] : [DiffRun(.insert, inserted)])
        }
    }

    /// The longer side of a change; nil for an equality.
    var changeWeight: Int? {
        guard case .change(let deleted, let inserted) = self else { return nil }
        return max(deleted.count, inserted.count)
    }
}

private extension Array where Element == Segment {
    /// An equality no longer than the changes on both sides of it is coincidence (a shared 的 or
    /// 、 inside a rewritten phrase), so it is folded into one change, as diff-match-patch's
    /// semantic cleanup does. Folding can make the previous equality foldable too, hence the
    /// step back; each fold removes two segments, so the pass stays linear.
    func dissolvingShortEqualities() -> [Segment] {
        var out: [Segment] = []
        for segment in self {
            out.append(segment)
            while out.count >= 3,
                  let after = out[out.count - 1].changeWeight,
                  let before = out[out.count - 3].changeWeight,
                  case .equal(let kept) = out[out.count - 2],
                  kept.count <= before, kept.count <= after,
                  case .change(let d1, let i1) = out[out.count - 3],
                  case .change(let d2, let i2) = out[out.count - 1] {
                out.removeLast(3)
                out.append(.change(deleted: d1 + kept + d2, inserted: i1 + kept + i2))
            }
        }
        return out
    }
}

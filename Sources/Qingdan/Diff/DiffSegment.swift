/// A kept stretch, or a replaced one (deleted and inserted text side by side).
enum DiffSegment: Sendable, Equatable {
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

extension Array where Element == DiffSegment {
    /// An equality no longer than the changes on both sides of it is coincidence (a shared 的 or
    /// 、 inside a rewritten phrase), so it is folded into one change, as diff-match-patch's
    /// semantic cleanup does. Folding can make the previous equality foldable too, hence the
    /// step back; each fold removes two segments, so the pass stays linear.
    func dissolvingShortEqualities() -> [DiffSegment] {
        var out: [DiffSegment] = []
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

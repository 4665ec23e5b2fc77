/// Lines up the clauses of one duty column in two editions and reports which were added,
/// removed or reworded.
///
/// Clauses with unchanged text anchor the alignment (Myers over whole clauses; labels are left
/// out because inserting clause 2 relabels every clause after it). Between two anchors, old and
/// new clauses pair up by text similarity, favouring equal labels, without crossing; the rest
/// are removed or added.
struct ClauseAligner: Sendable {
    /// Beyond this many old × new clauses between two anchors, only equal labels pair, which
    /// keeps a wholly rewritten long cell linear.
    var maxGapPairs = 10_000

    func changes(from old: [ClauseUnit], to new: [ClauseUnit]) -> [ClauseChange] {
        var changes: [ClauseChange] = []
        var gapOld: [Int] = [], gapNew: [Int] = []
        func closeGap() {
            changes += gapChanges(old: gapOld.map { old[$0] }, new: gapNew.map { new[$0] })
            gapOld.removeAll()
            gapNew.removeAll()
        }
        for edit in MyersDiff(old.map(\.text), new.map(\.text)).edits() {
            switch edit {
            case .equal: closeGap()
            case .delete(let i): gapOld.append(i)
            case .insert(let j): gapNew.append(j)
            }
        }
        closeGap()
        return changes
    }

    private func gapChanges(old: [ClauseUnit], new: [ClauseUnit]) -> [ClauseChange] {
        if old.isEmpty { return new.map(ClauseChange.added) }
        if new.isEmpty { return old.map(ClauseChange.removed) }

        var out: [ClauseChange] = []
        var i = 0, j = 0
        for pair in pairs(old: old, new: new) {
            while i < pair.old { out.append(.removed(old[i])); i += 1 }
            while j < pair.new { out.append(.added(new[j])); j += 1 }
            out.append(.reworded(old[i], new[j]))
            i += 1
            j += 1
        }
        while i < old.count { out.append(.removed(old[i])); i += 1 }
        while j < new.count { out.append(.added(new[j])); j += 1 }
        return out
    }

    /// Reworded pairs in order: the most similar first, skipping any that would cross one
    /// already taken.
    private func pairs(old: [ClauseUnit], new: [ClauseUnit]) -> [(old: Int, new: Int)] {
        let oldProfiles = old.map { BigramProfile($0.text) }
        let newProfiles = new.map { BigramProfile($0.text) }

        var candidates: [(old: Int, new: Int, score: Double)] = []
        for (i, j) in candidatePairs(old: old, new: new) {
            let sameLabel = old[i].label != nil && old[i].label == new[j].label && old[i].section == new[j].section
            let similarity = oldProfiles[i].dice(newProfiles[j])
            // A shared label is evidence of its own, so a heavier rewording still pairs.
            guard similarity >= (sameLabel ? 0.3 : 0.5) else { continue }
            candidates.append((i, j, similarity + (sameLabel ? 0.1 : 0)))
        }
        candidates.sort { a, b in
            a.score != b.score ? a.score > b.score : a.old != b.old ? a.old < b.old : a.new < b.new
        }

        var taken: [(old: Int, new: Int)] = []
        for candidate in candidates {
            let fits = taken.allSatisfy { pair in
                (pair.old < candidate.old && pair.new < candidate.new) || (pair.old > candidate.old && pair.new > candidate.new)
            }
            if fits { taken.append((candidate.old, candidate.new)) }
        }
        return taken.sorted { $0.old < $1.old }
    }

    /// Every old × new pair, or in a very large gap only those with equal section and label.
    private func candidatePairs(old: [ClauseUnit], new: [ClauseUnit]) -> [(Int, Int)] {
        if old.count * new.count <= maxGapPairs {
            return old.indices.flatMap { i in new.indices.map { j in (i, j) } }
        }
        var newByLabel: [String: [Int]] = [:]
        for (j, unit) in new.enumerated() {
            guard let label = unit.label else { continue }
            newByLabel[(unit.section ?? "") + "\u{0}" + label, default: []].append(j)
        }
        return old.indices.flatMap { i -> [(Int, Int)] in
            guard let label = old[i].label else { return [] }
            return (newByLabel[(old[i].section ?? "") + "\u{0}" + label] ?? []).map { (i, $0) }
        }
    }
}

/// Pairs the items of two editions one to one by content, never by number: numbers shift
/// whenever an item is inserted or removed.
///
/// Equal names pair first, in printed order. The rest pair by `ItemSimilarity`, best pairs
/// first; candidates come from an index of name bigrams and of duty texts, so the cost grows
/// with the number of unmatched items, not with its square.
struct ItemMatcher: Sendable {
    /// Bigrams shared by more unmatched names than this (工作, 管理) say nothing about identity,
    /// and following them would make matching quadratic.
    var maxPostings = 32

    /// Matched (old index, new index) pairs, ordered by old index.
    func match(old: [ComparedItem], new: [ComparedItem]) -> [(old: Int, new: Int)] {
        var pairs: [(old: Int, new: Int)] = []
        var newTaken = [Bool](repeating: false, count: new.count)
        var oldTaken = [Bool](repeating: false, count: old.count)

        var newByName: [String: [Int]] = [:]
        for (j, item) in new.enumerated() { newByName[item.name, default: []].append(j) }
        var nextOfName: [String: Int] = [:]
        for (i, item) in old.enumerated() {
            guard let candidates = newByName[item.name] else { continue }
            let next = nextOfName[item.name, default: 0]
            guard next < candidates.count else { continue }
            nextOfName[item.name] = next + 1
            pairs.append((i, candidates[next]))
            oldTaken[i] = true
            newTaken[candidates[next]] = true
        }

        let oldRest = old.indices.filter { !oldTaken[$0] }
        let newRest = new.indices.filter { !newTaken[$0] }
        for pair in similarPairs(old: old, oldRest: oldRest, new: new, newRest: newRest) {
            guard !oldTaken[pair.old], !newTaken[pair.new] else { continue }
            oldTaken[pair.old] = true
            newTaken[pair.new] = true
            pairs.append((pair.old, pair.new))
        }
        return pairs.sorted { $0.old < $1.old }
    }

    /// Candidate pairs that pass the similarity test, best first (ties by position, for
    /// deterministic output).
    private func similarPairs(old: [ComparedItem], oldRest: [Int], new: [ComparedItem], newRest: [Int])
        -> [(old: Int, new: Int, score: Double)] {
        guard !oldRest.isEmpty, !newRest.isEmpty else { return [] }
        var byBigram: [UInt64: [Int]] = [:]
        var byDuties: [String: [Int]] = [:]
        for j in newRest {
            for bigram in new[j].nameProfile.bigrams { byBigram[bigram, default: []].append(j) }
            byDuties[new[j].dutyText, default: []].append(j)
        }

        var scored: [(old: Int, new: Int, score: Double)] = []
        for i in oldRest {
            var candidates = Set<Int>()
            for bigram in old[i].nameProfile.bigrams {
                if let postings = byBigram[bigram], postings.count <= maxPostings { candidates.formUnion(postings) }
            }
            if let same = byDuties[old[i].dutyText], same.count <= maxPostings {
                candidates.formUnion(same)
            }
            for j in candidates.sorted() {
                if let similarity = ItemSimilarity.ofSameItem(old[i], new[j]) { scored.append((i, j, similarity.score)) }
            }
        }
        return scored.sorted { a, b in
            a.score != b.score ? a.score > b.score : a.old != b.old ? a.old < b.old : a.new < b.new
        }
    }
}

/// The shortest edit script between two sequences, by Myers' O(ND) algorithm
/// ("An O(ND) Difference Algorithm and Its Variations", 1986).
///
/// Time is O((N+M)·D) for D edits, so near-equal texts diff in near-linear time. The trace of
/// frontiers costs O(D²) memory; past `maxEdits` the middle part is given up as one replacement,
/// which is what a reader would see anyway for texts that share almost nothing.
struct MyersDiff<Element: Equatable> {
    enum Edit: Equatable {
        case equal(old: Int, new: Int)
        case delete(old: Int)
        case insert(new: Int)
    }

    let old: [Element]
    let new: [Element]
    var maxEdits = 4096

    init(_ old: [Element], _ new: [Element]) {
        self.old = old
        self.new = new
    }

    /// Edits in order; every old index appears once as equal or delete, every new index once as
    /// equal or insert.
    func edits() -> [Edit] {
        let n = old.count, m = new.count
        // Common ends are the usual case between editions; trimming them keeps D the only cost.
        var prefix = 0
        while prefix < n, prefix < m, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < n - prefix, suffix < m - prefix, old[n - 1 - suffix] == new[m - 1 - suffix] { suffix += 1 }

        var result: [Edit] = (0..<prefix).map { .equal(old: $0, new: $0) }
        result += middle(old: prefix..<(n - suffix), new: prefix..<(m - suffix))
        result += (0..<suffix).map { .equal(old: n - suffix + $0, new: m - suffix + $0) }
        return result
    }

    /// Number of elements kept (the length of the common subsequence found).
    func commonCount() -> Int {
        edits().reduce(0) { count, edit in
            if case .equal = edit { return count + 1 }
            return count
        }
    }

    private func middle(old a: Range<Int>, new b: Range<Int>) -> [Edit] {
        let n = a.count, m = b.count
        if n == 0 { return b.map { .insert(new: $0) } }
        if m == 0 { return a.map { .delete(old: $0) } }

        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var frontier = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d] holds the frontier for diagonals -d...d before step d.
        var trace: [[Int]] = []
        var found: Int?

        search: for d in 0...limit {
            trace.append(Array(frontier[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    x = frontier[offset + k + 1]
                } else {
                    x = frontier[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, old[a.lowerBound + x] == new[b.lowerBound + y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = x
                if x >= n, y >= m {
                    found = d
                    break search
                }
            }
        }
        guard let depth = found else {
            return a.map { .delete(old: $0) } + b.map { .insert(new: $0) }
        }

        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: depth, through: 0, by: -1) {
            let snapshot = trace[d]
            func reached(_ k: Int) -> Int { snapshot[k + d] }
            let k = x - y
            let previousK = (k == -d || (k != d && reached(k - 1) < reached(k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : reached(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                edits.append(.equal(old: a.lowerBound + x, new: b.lowerBound + y))
            }
            guard d > 0 else { break }
            if x == previousX {
                edits.append(.insert(new: b.lowerBound + y - 1))
            } else {
                edits.append(.delete(old: a.lowerBound + x - 1))
            }
            x = previousX
            y = previousY
        }
        return edits.reversed()
    }
}

/// Checks that 序号 runs 1, 2, 3 … without gaps, repeats or going back.
struct NumberingCheck: Sendable {
    func findings(in items: [Item], column: String?) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<Int>()
        var previous = 0
        for item in items {
            let n = item.number
            if seen.contains(n) {
                findings.append(Finding(.error, "numbering.duplicate", item: n, column: column,
                                        .numberingDuplicate(number: n, after: previous)))
            } else if n > previous + 1 {
                findings.append(Finding(.warning, "numbering.gap", item: n, column: column,
                                        .numberingGap(from: previous, to: n)))
            } else if n <= previous {
                findings.append(Finding(.warning, "numbering.order", item: n, column: column,
                                        .numberingOrder(number: n, after: previous)))
            }
            seen.insert(n)
            previous = n
        }
        // 序号 runs 1…N over N rows: a number past the row count means rows were lost or joined.
        if let highest = items.map(\.number).max(), highest > items.count {
            findings.append(Finding(.error, "numbering.beyond-rows", item: highest, column: column,
                                    message: "序号编到\(highest)，却只读到\(items.count)行：有行丢失或被并进别的行，请核对缺号附近的几项"))
        }
        return findings
    }
}

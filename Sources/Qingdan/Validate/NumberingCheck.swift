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
                                        message: "序号 \(n) is printed more than once (again after \(previous))"))
            } else if n > previous + 1 {
                let missing = n - previous == 2 ? "\(previous + 1) is" : "\(previous + 1)–\(n - 1) are"
                findings.append(Finding(.warning, "numbering.gap", item: n, column: column,
                                        message: "序号 jumps from \(previous) to \(n); \(missing) missing"))
            } else if n <= previous {
                findings.append(Finding(.warning, "numbering.order", item: n, column: column,
                                        message: "序号 \(n) comes after \(previous)"))
            }
            seen.insert(n)
            previous = n
        }
        return findings
    }
}

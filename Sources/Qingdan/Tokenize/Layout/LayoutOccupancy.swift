/// Which character positions the lines of a page print on: the empty ones that run down the
/// whole page are the gutters between table columns.
struct LayoutOccupancy: Sendable {
    private var printed: [Bool] = []
    private var starts: [Int: Int] = [:]

    init(lines: some Sequence<LayoutLine>) {
        for run in lines.lazy.flatMap(\.runs) {
            starts[run.start, default: 0] += 1
            if printed.count < run.end {
                printed += repeatElement(false, count: run.end - printed.count)
            }
            // Spaces inside a run print nothing: one may be the only gap between two columns.
            if run.isSimple {
                for (offset, scalar) in run.text.unicodeScalars.enumerated() where scalar.value != 0x20 {
                    printed[run.start + offset] = true
                }
                continue
            }
            for (offset, character) in run.text.enumerated() where character != " " {
                printed[run.start + offset] = true
            }
        }
    }

    var width: Int { printed.count }

    /// How many runs start at `position`.
    func runStarts(at position: Int) -> Int {
        starts[position] ?? 0
    }

    func isPrinted(_ position: Int) -> Bool {
        position >= 0 && position < printed.count && printed[position]
    }
}

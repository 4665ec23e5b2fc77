/// Which character positions the lines of a page print on: the empty ones that run down the
/// whole page are the gutters between table columns.
struct LayoutOccupancy: Sendable {
    /// How many lines print a character at each position.
    private var printed: [Int] = []
    private var starts: [Int: Int] = [:]
    /// How many words (runs, and text after a single space inside a run) start at each position.
    private var wordStarts: [Int] = []

    init(lines: some Sequence<LayoutLine>) {
        for run in lines.lazy.flatMap(\.runs) {
            starts[run.start, default: 0] += 1
            if printed.count < run.end {
                printed += repeatElement(0, count: run.end - printed.count)
                wordStarts += repeatElement(0, count: run.end - wordStarts.count)
            }
            // Spaces inside a run print nothing: one may be the only gap between two columns.
            var afterSpace = true
            if run.isSimple {
                // Scalars are positions: each lead byte (not 10xxxxxx) starts the next one.
                SimpleScalars.withBytes(of: run.text) { bytes in
                    var position = run.start
                    for byte in bytes where byte & 0xC0 != 0x80 {
                        defer { position += 1 }
                        guard byte != 0x20 else { afterSpace = true; continue }
                        printed[position] += 1
                        if afterSpace { wordStarts[position] += 1 }
                        afterSpace = false
                    }
                }
                continue
            }
            for (offset, character) in run.text.enumerated() {
                guard character != " " else { afterSpace = true; continue }
                printed[run.start + offset] += 1
                if afterSpace { wordStarts[run.start + offset] += 1 }
                afterSpace = false
            }
        }
    }

    var width: Int { printed.count }

    /// How many lines print a character at `position`.
    func printedCount(at position: Int) -> Int {
        position >= 0 && position < printed.count ? printed[position] : 0
    }

    /// How many words start at `position`.
    func wordStarts(at position: Int) -> Int {
        position >= 0 && position < wordStarts.count ? wordStarts[position] : 0
    }

    /// How many runs start at `position`.
    func runStarts(at position: Int) -> Int {
        starts[position] ?? 0
    }

    func isPrinted(_ position: Int) -> Bool {
        position >= 0 && position < printed.count && printed[position] > 0
    }
}

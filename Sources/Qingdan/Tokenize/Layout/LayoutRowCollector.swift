/// Collects table lines into rows: a 序号 greater than the last one starts a row, other lines
/// continue the current row. Lines before the first row are reported, never dropped.
struct LayoutRowCollector: Sendable {
    let header: LayoutHeader
    private(set) var rows: [LayoutRowDraft] = []
    private(set) var findings: [Finding] = []
    private var lastNumber: Int?

    init(header: LayoutHeader) {
        self.header = header
    }

    mutating func read(_ line: LayoutLine, columns: LayoutColumns) {
        if let number = LayoutRowNumber(line: line, columns: columns), number.value > (lastNumber ?? Int.min) {
            lastNumber = number.value
            rows.append(LayoutRowDraft(columnCount: header.titles.count, line: line.number))
        }
        guard !rows.isEmpty else {
            reportUnplaced(line, columns: columns)
            return
        }
        rows[rows.count - 1].append(line, columns: columns)
    }

    private mutating func reportUnplaced(_ line: LayoutLine, columns: LayoutColumns) {
        for run in line.runs {
            let column = min(columns.column(at: run.start), header.titles.count - 1)
            findings.append(Finding(.error, "text.unplaced", column: header.titles[column],
                                    message: "line \(line.number) (page \(line.page)): text before the first row: \(run.text)"))
        }
    }
}

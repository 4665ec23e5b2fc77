/// Heuristic `categoryDrawnAtRunStart`: a 事项类别 merged over a run of rows is drawn once, and a
/// flowing export (`pdftotext -raw`, the viewer's save-as-text) prints the page's text in the order
/// it was drawn, so the value comes with the run's first row and the rows below it print none:
///
///     1
///     行政许
///     可                      ← 1–3 are 行政许可, centred on row 2 in the print
///     乡村建设规划许可证核
///     发
///     …
///     2 农村村民宅基地审批     ← no category of its own
///
/// So an empty category cell takes the value printed above it, up to the next printed value, a
/// section row (`党的建设（5项）` opens a new run) or, for a second category column (二级类别), a
/// value printed in the column before it. Rows above the first printed value stay empty (the
/// validator's `category.missing` names them). Each filled run is reported (category.filled),
/// and the copies are counted for the conservation check.
struct MergedCategoryFill {
    private(set) var findings: [Finding] = []
    private(set) var copiedCharacters = 0

    /// Fills the empty category cells of `rows` (items only, in order); `startsRun[i]` is true
    /// where a section row stands above item row `i`.
    mutating func fill(_ rows: inout [RawRow], roles: [ColumnRole], titles: [String], numbers: [Int], startsRun: [Bool]) {
        let columns = roles.indices.filter { roles[$0] == .category }
        for (order, column) in columns.enumerated() {
            // A column filled by nothing but blanks is no merged column.
            guard rows.contains(where: { !$0.cells[column].isEmpty }),
                  rows.contains(where: { $0.cells[column].isEmpty }) else { continue }
            var carried: String?
            var filled: [Int] = []
            func report() {
                guard let value = carried, !filled.isEmpty else { filled = []; return }
                let range = CategoryRuns.range(filled)
                findings.append(Finding(.info, "category.filled", item: filled.first, column: titles[column],
                                        .categoryFilled(items: range, column: titles[column], value: value)))
                filled = []
            }
            for index in rows.indices {
                let printedBefore = columns.prefix(order).contains { !rows[index].cells[$0].isEmpty }
                if startsRun[index] || printedBefore { report(); carried = nil }
                let cell = rows[index].cells[column]
                if !cell.isEmpty {
                    report()
                    carried = cell
                } else if let value = carried {
                    rows[index].cells[column] = value
                    copiedCharacters += PrintedCharacters.count(value)
                    filled.append(numbers[index])
                }
            }
            report()
        }
    }
}

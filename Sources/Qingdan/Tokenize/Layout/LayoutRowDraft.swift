/// A table row being collected line by line: for each column, the text that column prints on
/// each line of the row (one fragment per line), before paragraphs are joined.
struct LayoutRowDraft: Sendable, Equatable {
    var fragments: [[String]]
    var firstLine: Int
    var lastLine: Int
    var pages: [Int] = []

    init(columnCount: Int, line: Int) {
        fragments = Array(repeating: [], count: columnCount)
        firstLine = line
        lastLine = line
    }

    /// Adds what `line` prints in each column; several runs of a line in one column are one
    /// fragment, separated by a space as printed.
    mutating func append(_ line: LayoutLine, columns: LayoutColumns) {
        var pieces: [Int: String] = [:]
        for run in line.runs {
            let column = min(columns.column(at: run.start), fragments.count - 1)
            pieces[column, default: ""] += pieces[column] == nil ? run.text : " " + run.text
        }
        for (column, text) in pieces.sorted(by: { $0.key < $1.key }) {
            fragments[column].append(text)
        }
        lastLine = line.number
        if pages.last != line.page { pages.append(line.page) }
    }
}

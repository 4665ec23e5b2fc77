/// A table row being collected line by line: for each column, the text that column prints on
/// each line of the row (one fragment per line), before paragraphs are joined.
struct LayoutRowDraft: Sendable, Equatable {
    var fragments: [[String]]
    var firstLine: Int
    var lastLine: Int
    var pages: [Int] = []
    /// The heading of a section row (`一、党的建设`); nil for an item row.
    var section: String?

    init(columnCount: Int, line: Int) {
        fragments = Array(repeating: [], count: columnCount)
        firstLine = line
        lastLine = line
    }

    /// A section row printed on `line`.
    init(section: String, columnCount: Int, line: LayoutLine) {
        self.init(columnCount: columnCount, line: line.number)
        self.section = section
        pages = [line.page]
    }

    /// Adds what `line` prints in each column (`pieces`, left to right); several pieces of a line
    /// in one column are one fragment, separated by a space.
    mutating func append(_ line: LayoutLine, pieces: [LayoutPiece]) {
        var lastColumn: Int?
        for piece in pieces {
            let column = min(piece.column, fragments.count - 1)
            if lastColumn == column, let last = fragments[column].popLast() {
                fragments[column].append(last + " " + piece.text)
            } else {
                fragments[column].append(piece.text)
            }
            lastColumn = column
        }
        lastLine = line.number
        if pages.last != line.page { pages.append(line.page) }
    }
}

/// Collects table lines into rows: a 序号 greater than the last one starts a row, other lines
/// continue the current row. Lines before the first row and numbers out of sequence are
/// reported, never dropped.
struct LayoutRowCollector: Sendable {
    let header: LayoutHeader
    private(set) var rows: [LayoutRowDraft] = []
    private(set) var findings: [Finding] = []
    /// Printed characters of the lines reported as `text.unplaced` (for the conservation check).
    private(set) var unplacedCharacters = 0
    private var lastNumber: Int?
    /// The last row is a section row: text before the next 序号 belongs to no item.
    private var sectionOpen = false

    init(header: LayoutHeader) {
        self.header = header
    }

    /// Reads `line`, which prints `pieces` in the page's columns, or is a section row (`section`).
    mutating func read(_ line: LayoutLine, pieces: [LayoutPiece], section: String?) {
        if let section {
            rows.append(LayoutRowDraft(section: section, columnCount: header.titles.count, line: line))
            sectionOpen = true
            return
        }
        if let number = LayoutRowNumber(pieces: pieces) {
            if let lastNumber, number.value <= lastNumber {
                // Out of sequence: a misprinted 序号 still starts a row when the line prints the
                // row's other cells too; a number alone stays text of the row above.
                let startsRow = pieces.count > 1
                findings.append(Finding(.warning, "text.numbering", item: number.value, column: header.titles.first,
                                        .numberOutOfSequence(line: line.number, page: line.page, number: number.text,
                                                             after: lastNumber, startsRow: startsRow)))
                if startsRow { startRow(number, line: line) }
            } else {
                startRow(number, line: line)
            }
        }
        guard !rows.isEmpty, !sectionOpen else {
            reportUnplaced(line, pieces: pieces)
            return
        }
        rows[rows.count - 1].append(line, pieces: pieces)
    }

    private mutating func startRow(_ number: LayoutRowNumber, line: LayoutLine) {
        lastNumber = number.value
        sectionOpen = false
        rows.append(LayoutRowDraft(columnCount: header.titles.count, line: line.number))
    }

    private mutating func reportUnplaced(_ line: LayoutLine, pieces: [LayoutPiece]) {
        for piece in pieces {
            unplacedCharacters += PrintedCharacters.count(piece.text)
            let column = min(piece.column, header.titles.count - 1)
            findings.append(Finding(.error, "text.unplaced", column: header.titles[column],
                                    .textBeforeFirstRow(line: line.number, page: line.page, text: piece.text)))
        }
    }
}

/// Where the table's columns lie on one page, in character positions.
///
/// `spans` are where the header words print (or, on a page without a header, the blocks between
/// gutters). Text in a row may start left of its header word (a centred header, a shifted line),
/// so each column really begins at its `boundary`: just after the vertical gutter of spaces (a
/// position no line of the page prints on) between the previous header word and its own.
struct LayoutColumns: Sendable, Equatable {
    var spans: [Range<Int>]
    var boundaries: [Int]

    init(spans: [Range<Int>]) {
        self.spans = spans
        self.boundaries = spans.indices.map { $0 == 0 ? 0 : spans[$0].lowerBound }
    }

    var count: Int { spans.count }

    /// Moves each boundary to the end of a gutter between the previous column's header word and
    /// the column's own, as the page's body `lines` show it: of several gutters there (text
    /// printed into a gutter splits it), the one most runs start right after, the rightmost of
    /// equals. Without a gutter there the boundary stays at the header word.
    func fitted(to lines: [LayoutLine]) -> LayoutColumns {
        let occupancy = LayoutOccupancy(lines: LayoutSectionRow.withoutSections(lines))
        var fitted = self
        for column in spans.indices.dropFirst() {
            var best: (boundary: Int, starts: Int)?
            var position = spans[column].lowerBound - 1
            let low = spans[column - 1].upperBound
            while position >= low {
                guard !occupancy.isPrinted(position) else { position -= 1; continue }
                let boundary = position + 1
                let starts = occupancy.runStarts(at: boundary)
                if starts > best?.starts ?? -1 { best = (boundary, starts) }
                while position >= low, !occupancy.isPrinted(position) { position -= 1 }
            }
            fitted.boundaries[column] = best?.boundary
                ?? Self.driftedGutter(occupancy, after: low, before: spans[column].lowerBound)
                ?? spans[column].lowerBound
        }
        return fitted
    }

    /// Heuristic `driftedGutter`: pdftotext places each line's words by its own rounding, so a
    /// line may print one position further right than the rest and fill the only gutter; a
    /// 备注 cell then starts left of its centred header, after one space inside a run:
    ///
    ///     1         城乡居民最低 县民政局   《社会救助暂行办          ← one position right
    ///     3         农村集体经济 县农业农村 《中华人民共和国 2025
    ///               组织成员身份 局     农村集体经济组织 年收回
    ///
    /// Where no position between two header words is empty, the boundary goes after the
    /// position the fewest lines print on, among those where more words start just after it
    /// (there or one further right) than lines print on it, and at least `driftEvidence` do;
    /// nil when there is none. In one row's lines (`columnsPerRow`) the drift shows too:
    ///
    ///     农村集体经济 2.审核村集体资产发包、出租合同，防止集 《中华人民共和国农
    ///     组织运营管理 体资产流失。                     村集体经济组织法》
    private static func driftedGutter(_ occupancy: LayoutOccupancy, after low: Int, before high: Int) -> Int? {
        var best: (boundary: Int, printed: Int)?
        var boundary = high
        while boundary > low {
            let printed = occupancy.printedCount(at: boundary - 1)
            // A drifted line may start its word one position further right still.
            let starts = occupancy.wordStarts(at: boundary) + occupancy.wordStarts(at: boundary + 1)
            if starts >= driftEvidence, starts > printed, printed < best?.printed ?? Int.max {
                best = (boundary, printed)
            }
            boundary -= 1
        }
        return best?.boundary
    }

    /// Words that must start just after a drifted gutter: two lines agreeing on a column start.
    private static let driftEvidence = 2

    /// Columns read off the gutters of a page that has no header: usable only when the gutters
    /// split the page into exactly `count` columns.
    static func fromGutters(of lines: [LayoutLine], count: Int) -> LayoutColumns? {
        let occupancy = LayoutOccupancy(lines: LayoutSectionRow.withoutSections(lines))
        var spans: [Range<Int>] = []
        var position = 0
        while position < occupancy.width {
            if occupancy.isPrinted(position) {
                let start = position
                // A column ends at a gutter of two or more empty positions.
                while position < occupancy.width,
                      occupancy.isPrinted(position) || occupancy.isPrinted(position + 1) {
                    position += 1
                }
                spans.append(start..<position)
            }
            position += 1
        }
        guard spans.count == count else { return nil }
        return LayoutColumns(spans: spans).fitted(to: lines)
    }

    /// The column a run starting at `position` belongs to.
    func column(at position: Int) -> Int {
        var column = 0
        while column + 1 < boundaries.count, boundaries[column + 1] <= position {
            column += 1
        }
        return column
    }

    /// The text `line` prints in each column, left to right. A run that reaches over a column
    /// boundary (pdftotext separated two cells by one space only: "100 行政执法") is split at
    /// its space nearest the boundary; without a space it stays whole in the column it starts in.
    func pieces(of line: LayoutLine) -> [LayoutPiece] {
        var pieces: [LayoutPiece] = []
        for run in line.runs {
            var rest = run
            var column = self.column(at: rest.start)
            while column + 1 < count, rest.end > boundaries[column + 1],
                  let cut = Self.space(in: rest, nearest: boundaries[column + 1]) {
                let offset = cut - rest.start
                pieces.append(LayoutPiece(column: column, text: String(rest.text.prefix(offset))))
                rest = LayoutRun(start: cut + 1, text: String(rest.text.dropFirst(offset + 1)))
                column = max(column + 1, self.column(at: rest.start))
            }
            pieces.append(LayoutPiece(column: column, text: rest.text))
        }
        return pieces
    }

    /// Position of the space in `run` closest to `position`, if the text after it starts within
    /// `splitReach` positions of there (a space far off is a space inside the cell's text).
    private static func space(in run: LayoutRun, nearest position: Int) -> Int? {
        var best: Int?
        for (offset, character) in run.text.enumerated() where character == " " {
            let candidate = run.start + offset
            if abs(candidate + 1 - position) <= splitReach,
               best.map({ abs(candidate + 1 - position) < abs($0 + 1 - position) }) ?? true {
                best = candidate
            }
        }
        return best
    }

    private static let splitReach = 2
}

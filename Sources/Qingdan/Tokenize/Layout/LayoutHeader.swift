/// The table's header row (表头) as printed on the first page: a line with a run per column, then
/// the lines that wrap header words (序 / 号). It is repeated at the top of later pages, where its
/// positions give that page's columns.
struct LayoutHeader: Sendable, Equatable {
    /// Run texts of each header line, first line first.
    var lineTexts: [[String]]
    /// Printed headers in column order, wraps joined with nothing.
    var titles: [String]

    /// A header has a run for each column; a duty list has at least this many.
    static let minimumColumns = 3

    /// Reads the header starting at `lines[index]`, which must have one run per column. The lines
    /// after it up to the first numbered row wrap the header words.
    init?(lines: [LayoutLine], at index: Int) {
        let first = lines[index]
        guard first.runs.count >= Self.minimumColumns else { return nil }
        let columns = LayoutColumns(edges: first.runs.map(\.start))
        var titles = first.texts
        var lineTexts = [first.texts]
        var next = index + 1
        while next < lines.count, lines[next].page == first.page {
            let line = lines[next]
            if line.isBlank { next += 1; continue }
            if LayoutRowNumber(line: line, columns: columns) != nil { break }
            // Header wraps are short words under the header words; anything long is table text.
            guard line.runs.count <= titles.count,
                  line.runs.allSatisfy({ $0.text.count <= Self.longestWrap }) else { break }
            for run in line.runs {
                titles[columns.column(at: run.start)] += run.text
            }
            lineTexts.append(line.texts)
            next += 1
        }
        self.titles = titles
        self.lineTexts = lineTexts
    }

    /// Header words wrap into a few characters per line at most.
    private static let longestWrap = 8

    /// How many lines from `lines[index]` on repeat this header (0 when they do not).
    func repeatedLength(in lines: [LayoutLine], at index: Int) -> Int {
        var offset = 0
        var matched = 0
        for texts in lineTexts {
            // Skip blank lines between header lines.
            while index + offset < lines.count, lines[index + offset].isBlank { offset += 1 }
            guard index + offset < lines.count, lines[index + offset].texts == texts else { break }
            offset += 1
            matched += 1
        }
        return matched == 0 ? 0 : offset
    }
}

/// How the printed bands of the table parts make up the table's rows: each body band either starts
/// a row or continues the row before it — the part of a row that broke onto the next page, at the
/// top of that page with an empty 序号 cell, or a band inside a merged 序号 cell.
struct LogicalRows: Sendable {
    /// 1-based pages each row is printed on.
    var pages: [[Int]] = []
    /// For each table part, the row of each of its bands (-1 for a header band).
    var rowOfBand: [[Int]] = []
    /// For each table part, its first band below the header.
    var firstBodyBand: [Int] = []

    /// `parts` are the table parts in page order; `headers` are the first part's header texts.
    init(parts: [PageTable], headers: [String]) {
        for part in parts {
            let isFirst = part.page == parts.first?.page
            let bodyStart = isFirst || Self.repeatsHeader(part, headers: headers) ? 1 : 0
            firstBodyBand.append(bodyStart)
            var rows = Array(repeating: -1, count: part.grid.bandCount)
            for band in bodyStart..<part.grid.bandCount {
                // Only the top band of a page continues a row without a 序号 of its own; lower
                // down an empty 序号 is a row whose number is missing.
                let number = part.cell(band: band, column: 0)
                let continues = number.bands.lowerBound < band || number.isEmpty && band == bodyStart
                if !continues || pages.isEmpty {
                    pages.append([])
                }
                rows[band] = pages.count - 1
                if pages[pages.count - 1].last != part.page {
                    pages[pages.count - 1].append(part.page)
                }
            }
            rowOfBand.append(rows)
        }
    }

    /// Whether the part's first band repeats the header row, text for text.
    private static func repeatsHeader(_ part: PageTable, headers: [String]) -> Bool {
        part.grid.bandCount > 1 && (0..<min(part.grid.columnCount, headers.count)).allSatisfy { column in
            part.cell(band: 0, column: column).lines.map(\.text).joined() == headers[column]
        }
    }
}

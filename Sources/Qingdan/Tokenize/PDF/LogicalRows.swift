/// How the printed bands of the table parts make up the table's rows: each body band either starts
/// a row or continues the row before it — a band inside a merged 序号 cell, or the part of a row
/// that a page break split (see `continuesAcrossPageBreak`).
struct LogicalRows: Sendable {
    /// 1-based pages each row is printed on.
    var pages: [[Int]] = []
    /// For each table part, the row of each of its bands (-1 for a header band).
    var rowOfBand: [[Int]] = []
    /// For each table part, its first band below the header.
    var firstBodyBand: [Int] = []
    /// Rows printed as one cell across the table (一、党的建设, 党的建设（12项）): section rows, never
    /// items, and never the continuation of the row above them.
    var sectionRows: Set<Int> = []

    /// `parts` are the table parts in page order; `header` is the first part's header block.
    init(parts: [PageTable], header: HeaderBlock?) {
        let leavesBreaksOpen = parts.contains { Self.isOpenAtBottom($0) || Self.isOpenAtTop($0, bodyStart: 0) }
        var rowHasNumber = false
        var previousIsSection = false
        for (index, part) in parts.enumerated() {
            let isFirst = index == 0
            let bodyStart = isFirst ? header?.bodyStart ?? 1 : header?.repeatedBands(in: part) ?? 0
            firstBodyBand.append(bodyStart)
            var rows = Array(repeating: -1, count: part.grid.bandCount)
            for band in bodyStart..<part.grid.bandCount {
                let number = part.cell(band: band, column: 0)
                let hasNumber = !number.isEmpty
                let isSection = HeaderBlock.spansTable(part, band: band) && hasNumber
                var continues = number.bands.lowerBound < band && !isSection && !previousIsSection
                if band == bodyStart, !isFirst, !pages.isEmpty, !isSection, !previousIsSection {
                    continues = Self.continuesAcrossPageBreak(
                        from: parts[index - 1], to: part, bodyStart: bodyStart, rowHasNumber: rowHasNumber,
                        partHasNumber: hasNumber, leavesBreaksOpen: leavesBreaksOpen)
                }
                if !continues || pages.isEmpty {
                    pages.append([])
                    rowHasNumber = false
                }
                if isSection { sectionRows.insert(pages.count - 1) }
                previousIsSection = isSection
                rowHasNumber = rowHasNumber || hasNumber
                rows[band] = pages.count - 1
                if pages[pages.count - 1].last != part.page {
                    pages[pages.count - 1].append(part.page)
                }
            }
            rowOfBand.append(rows)
        }
    }

    /// Whether the first body band of `part` continues the row at the bottom of `previous`, the
    /// part on the page before.
    ///
    /// A row split by a page break prints its 序号 on one side only: top-aligned on the first part,
    /// vertically centred on whichever part holds the row's middle. So the two bands are one row
    /// unless both carry a number. Rules decide first where they can: a band left open by the
    /// break (no rule across) is certainly split; and a producer that leaves breaks open somewhere
    /// in the document closes a row only where it ends, so there a drawn edge ends the row even
    /// when the 序号 is missing on one side. Lower down a page an empty 序号 is a row whose number
    /// is missing, never a continuation.
    private static func continuesAcrossPageBreak(
        from previous: PageTable, to part: PageTable, bodyStart: Int, rowHasNumber: Bool, partHasNumber: Bool,
        leavesBreaksOpen: Bool
    ) -> Bool {
        if isOpenAtBottom(previous) { return true }
        // Open at the top under a row closed at the bottom: Chromium prints the border between two
        // rows once, at the bottom of the page before, so a row that begins a page is open at its
        // top as well (item 12 alone on the last page, with no repeated header). The numbers decide.
        if isOpenAtTop(part, bodyStart: bodyStart) { return !(rowHasNumber && partHasNumber) }
        if leavesBreaksOpen { return false }
        return !(rowHasNumber && partHasNumber)
    }

    private static func isOpenAtBottom(_ part: PageTable) -> Bool {
        !part.grid.isClosed(edge: part.grid.bandCount)
    }

    /// Only the page's first band can be open at the top: below a repeated header the header's
    /// own rule closes it.
    private static func isOpenAtTop(_ part: PageTable, bodyStart: Int) -> Bool {
        bodyStart == 0 && !part.grid.isClosed(edge: 0)
    }

}

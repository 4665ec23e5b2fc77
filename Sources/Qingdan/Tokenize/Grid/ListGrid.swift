/// The list table within a laid-out grid: its header row and the item rows under it.
///
/// Header rows repeated inside the table (one per printed page) and empty rows are dropped. Rows
/// above the header are kept aside as `leadingLines`: they usually hold the title. A row printed
/// as one cell across the table that names a category (`一、党的建设`) is a section row.
struct ListGrid: Sendable, Equatable {
    /// Printed headers with wraps undone; the leaf headers of a two-row grouped header.
    private(set) var headers: [String]
    /// The spanning header above each column of a grouped header (nil where none); empty when the
    /// header is one row.
    private(set) var groups: [String?] = []
    /// Item rows (cells aligned with `headers`) and section rows, in printed order.
    private(set) var rows: [RawRow] = []
    /// Text of the rows above the header row, one line per row.
    private(set) var leadingLines: [String] = []
    /// Printed characters of the cells of the list's tables, as laid out (for the conservation check).
    private(set) var regionCharacters = 0
    /// Of those, the characters of header rows, repeated headers and rows above the header.
    private(set) var setAsideCharacters = 0
    private var foldedHeaders: [String]

    /// Nil when no row of `grid` reads as a list header.
    init?(_ grid: CellGrid) {
        let scored = grid.rows.enumerated().compactMap { entry in
            // A cell spanning columns (a title row across the table) counts once.
            HeaderVocabulary.score(Self.dataCells(entry.element)).map { (index: entry.offset, score: $0) }
        }
        // The strongest header row wins; the first one on a tie.
        guard let best = scored.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.index > $1.index) }) else {
            return nil
        }
        // A subheader row may outscore the row of groups above it; the header starts with the groups.
        var headerStart = best.index
        while headerStart > 0, Self.isSubheader(grid.rows[headerStart], under: grid.rows[headerStart - 1]) {
            headerStart -= 1
        }
        var header = grid.rows[headerStart]
        var groups: [String?] = []
        var headerEnd = headerStart
        while headerEnd + 1 < grid.rows.count, Self.isSubheader(grid.rows[headerEnd + 1], under: header) {
            groups = Self.groups(of: grid.rows[headerEnd + 1], under: header)
            header = Self.leaves(grid.rows[headerEnd + 1], under: header)
            headerEnd += 1
        }
        // A header cell spanning columns names each of them.
        headers = header.map { $0.text.split(separator: "\n").joined() }
        self.groups = groups
        foldedHeaders = headers.map(HeaderVocabulary.folded)
        leadingLines = grid.rows[..<headerStart].compactMap { row in
            let line = Self.dataCells(row).filter { !$0.isEmpty }.joined(separator: " ")
            return line.isEmpty ? nil : line
        }
        regionCharacters = Self.characters(of: grid.rows)
        setAsideCharacters = Self.characters(of: grid.rows[...headerEnd])
        appendRows(of: grid, from: headerEnd + 1)
        dropEmptyTrailingColumns()
    }

    /// Printed characters of `rows`, a cell spanning columns counted once.
    private static func characters(of rows: some Sequence<[GridSlot]>) -> Int {
        rows.reduce(0) { sum, row in dataCells(row).reduce(sum) { $0 + PrintedCharacters.count($1) } }
    }

    /// A second header row naming the columns that a header spanning them groups
    /// (上级部门 over 名称 | 职责); its other cells repeat the headers reaching down or are empty.
    /// A row spanning the whole table (a title, a 填报单位 line) groups nothing.
    private static func isSubheader(_ lower: [GridSlot], under upper: [GridSlot]) -> Bool {
        guard dataCells(upper).filter({ !$0.isEmpty }).count >= 2 else { return false }
        var names = false
        for (column, slot) in lower.enumerated() where !slot.text.isEmpty && column < upper.count {
            if slot.text == upper[column].text { continue }
            guard isGrouped(column, in: upper) || HeaderVocabulary.isGroup(upper[column].text),
                  isHeaderLike(upper[column].text), isHeaderLike(slot.text) else { return false }
            names = true
        }
        return names
    }

    /// A known header or a short name (名称, 职责).
    private static func isHeaderLike(_ text: String) -> Bool {
        HeaderVocabulary.isHeader(text) || HeaderVocabulary.folded(text).count <= 8
    }

    /// The header row with each grouped column named by its leaf header (职责边界划分 over
    /// 上级部门职责 → 上级部门职责); the group is kept apart (`groups(of:under:)`).
    private static func leaves(_ lower: [GridSlot], under upper: [GridSlot]) -> [GridSlot] {
        upper.enumerated().map { column, slot in
            guard let leaf = leaf(column, lower, under: upper) else { return slot }
            return GridSlot(text: leaf, isColumnContinuation: false)
        }
    }

    /// The spanning header over each column that a leaf names, wraps undone; nil elsewhere.
    private static func groups(of lower: [GridSlot], under upper: [GridSlot]) -> [String?] {
        upper.enumerated().map { column, slot in
            leaf(column, lower, under: upper) == nil ? nil : slot.text.split(separator: "\n").joined()
        }
    }

    /// The leaf header printed under a spanning header in `column`, nil where the column is
    /// headed on one row.
    private static func leaf(_ column: Int, _ lower: [GridSlot], under upper: [GridSlot]) -> String? {
        // A group wording may head a single column (乡镇（街道） over 职责).
        guard column < lower.count, isGrouped(column, in: upper) || HeaderVocabulary.isGroup(upper[column].text) else { return nil }
        let name = lower[column].text
        return name.isEmpty || name == upper[column].text ? nil : name
    }

    /// True where a header cell spans this column together with others.
    private static func isGrouped(_ column: Int, in row: [GridSlot]) -> Bool {
        row[column].isColumnContinuation || (column + 1 < row.count && row[column + 1].isColumnContinuation)
    }

    /// Adds the rows of a later table that continues this one (a list split into several tables):
    /// same width, and either the same header row or none. Returns false when it does not continue.
    mutating func appendContinuation(_ grid: CellGrid) -> Bool {
        guard grid.width >= headers.count, grid.rows.allSatisfy({ Self.isEmpty($0, from: headers.count) }) else {
            return false
        }
        if let headerIndex = grid.rows.firstIndex(where: { isRepeatedHeader(Self.dataCells($0)) }) {
            guard grid.rows[..<headerIndex].allSatisfy({ Self.dataCells($0).allSatisfy(\.isEmpty) }) else { return false }
            regionCharacters += Self.characters(of: grid.rows)
            setAsideCharacters += Self.characters(of: grid.rows[...headerIndex])
            appendRows(of: grid, from: headerIndex + 1)
            return true
        }
        guard let first = grid.rows.first(where: { !Self.dataCells($0).allSatisfy(\.isEmpty) }),
              HeaderVocabulary.score(Self.dataCells(first)) == nil, startsLikeAnItem(Self.dataCells(first)) else { return false }
        regionCharacters += Self.characters(of: grid.rows)
        appendRows(of: grid, from: 0)
        return true
    }

    /// Where the list numbers its items (序号 first), a table without a header continues it only
    /// when it starts with a number too: a notes or signature table of the same width does not.
    private func startsLikeAnItem(_ cells: [String]) -> Bool {
        guard let first = foldedHeaders.first, first == "序号" || first == "编号" else { return true }
        let number = cells.first ?? ""
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    private mutating func appendRows(of grid: CellGrid, from start: Int) {
        for index in grid.rows.indices.dropFirst(start) {
            let cells = Self.dataCells(grid.rows[index])
            if cells.allSatisfy(\.isEmpty) || grid.markedHeaders[index] || isRepeatedHeader(cells) {
                setAsideCharacters += Self.characters(of: [grid.rows[index]])
                continue
            }
            if let section = Self.sectionText(grid.rows[index], width: headers.count) {
                rows.append(RawRow(section: section))
                continue
            }
            rows.append(RawRow(cells: Array(cells.prefix(headers.count)) + Array(repeating: "", count: max(0, headers.count - cells.count))))
        }
    }

    /// The text of a section row: one cell, spanning at least `sectionSpan` columns or alone in
    /// the row, whose text names a category (`一、党的建设`; `党的建设` only when it spans).
    private static func sectionText(_ row: [GridSlot], width: Int) -> String? {
        let filled = dataCells(row).enumerated().filter { !$0.element.isEmpty }
        guard filled.count == 1, let only = filled.first else { return nil }
        var span = 1
        while only.offset + span < row.count, row[only.offset + span].isColumnContinuation { span += 1 }
        let heading = span >= min(sectionSpan, width) ? SectionHeading(spanningRow: only.element) : SectionHeading(only.element)
        return heading == nil ? nil : ListTitle.joinedWraps(only.element)
    }

    /// Columns a category row spans at least to be read without a label (党的建设 across the
    /// table); a narrower lone cell is data of an item whose other cells are empty.
    private static let sectionSpan = 3

    /// A row that repeats the header (printed again on each page).
    private func isRepeatedHeader(_ cells: [String]) -> Bool {
        let filled = zip(cells, foldedHeaders).filter { !$0.0.isEmpty }
        // The group row of a grouped header repeats too: its cells are the groups' wordings.
        let groups = Set(self.groups.compactMap { $0.map(HeaderVocabulary.folded) })
        return filled.count >= min(2, foldedHeaders.count)
            && filled.allSatisfy { HeaderVocabulary.folded($0.0) == $0.1 || groups.contains(HeaderVocabulary.folded($0.0)) }
    }

    /// Columns the grid has beyond the printed headers carry nothing (stray empty cells).
    private mutating func dropEmptyTrailingColumns() {
        while let last = headers.last, last.isEmpty, rows.allSatisfy({ $0.section != nil || ($0.cells.last?.isEmpty ?? true) }) {
            headers.removeLast()
            foldedHeaders.removeLast()
            if !groups.isEmpty { groups.removeLast() }
            rows = rows.map { row in
                var row = row
                if row.section == nil { row.cells.removeLast() }
                return row
            }
        }
    }

    /// Cell texts of a data row: a cell spanning columns counts once, in its first column.
    private static func dataCells(_ row: [GridSlot]) -> [String] {
        row.map { $0.isColumnContinuation ? "" : $0.text }
    }

    private static func isEmpty(_ row: [GridSlot], from column: Int) -> Bool {
        row.dropFirst(column).allSatisfy { $0.text.isEmpty }
    }
}

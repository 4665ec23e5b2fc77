import Foundation

/// Reads the list table from `pdftotext -layout` text: columns kept by character position, the
/// header row repeated at the top of each page, a form feed between pages, rows that continue
/// after a page break.
///
/// - Title: the first printed line above the header on the first page.
/// - Header: the first line with a run per column (at least three), plus the lines wrapping its
///   words (序 / 号); on each page its repeat gives that page's column positions.
/// - Rows: a number in the first column (序号) greater than the last one starts a row; every other
///   table line continues the current row, cell by cell, also across page breaks.
/// - Cells: see `LayoutParagraphJoiner` (soft wraps vs paragraphs) and `InventedSpaceRemover`.
///
/// Text that belongs to no row is reported as a `text.unplaced` finding.
struct LayoutTextTokenizer {
    func tokenize(text: String, path: String) throws(QingdanError) -> RawTable {
        // The lines, pages and entries are let go once the rows' drafts are read: only the drafts'
        // fragments are held while the cells are joined (massif, 1,000 pages: the lines' runs, the
        // entries and their pieces were 17 of the 38.8 MB at the reader's peak, in the joining).
        let read = try readDrafts(text: text, path: path)
        return RawTable(title: read.title, headers: read.titles, rows: Self.rows(of: read.drafts, columnCount: read.titles.count),
                        pageCount: read.printedPages, findings: read.findings,
                        regionCharacters: read.printedCharacters, setAsideCharacters: read.setAside,
                        copiedCharacters: read.copied, headerGroups: read.groups)
    }

    /// What `readDrafts` reads: the table's rows before their cells are joined, and the tallies.
    private struct Drafts {
        var title: String?
        var titles: [String]
        var groups: [String?]
        var drafts: [LayoutRowDraft]
        var findings: [Finding]
        var printedPages: Int
        var printedCharacters: Int
        var setAside: Int
        var copied: Int
    }

    /// The lines of `text` read into pages, entries and the rows' drafts.
    private func readDrafts(text: String, path: String) throws(QingdanError) -> Drafts {
        var reader = LayoutLineReader(text: text)
        let lines = reader.readLines()
        guard let headerIndex = lines.firstIndex(where: { $0.runs.count >= LayoutHeader.minimumColumns }),
              let header = LayoutHeader(lines: lines, at: headerIndex) else {
            throw QingdanError(.noTable, file: path, .noLayoutHeader)
        }
        var findings: [Finding] = []
        let title = readTitle(lines[..<header.startIndex], findings: &findings)
        var pages = Self.pages(of: lines[header.startIndex...], header: header).map { LayoutPage(lines: $0, header: header) }
        findings += Self.dropRepeatedFooters(from: &pages)
        // Everything but the page bodies is set aside: title, header rows, page numbers, footers.
        let bodyCharacters = pages.reduce(0) { sum, page in page.body.reduce(sum) { $0 + $1.printedCharacters } }
        // Every printed character of the text should be in a run of its lines (what lies between
        // runs is spaces, tabs, line breaks and form feeds). The region is still counted from the
        // text itself, not from the lines: a character the line reader lost must show as a
        // conservation error, not vanish from both sides of it.
        let lineCharacters = lines.reduce(0) { $0 + $1.printedCharacters }
        let printedCharacters = PrintedCharacters.count(text)
        var setAside = lineCharacters - bodyCharacters
        var entries: [LayoutCentredRows.Entry] = []
        entries.reserveCapacity(pages.reduce(0) { $0 + $1.body.count })
        var drifted: [(line: LayoutLine, column: Int, text: String)] = []
        var columns: LayoutColumns?
        var entryColumns: [LayoutColumns] = []
        var overreaching = false
        for page in pages {
            for line in page.outside {
                findings.append(Finding(.warning, "text.outside",
                                        .textOutsideTable(line: line.number, page: line.page, text: line.display)))
            }
            columns = page.columns(previous: columns)
            guard let columns else { continue }
            for line in page.body {
                let section = LayoutSectionRow.heading(of: line, columns: columns)
                let pieces = columns.pieces(of: line)
                if section == nil, let drift = Self.drift(in: pieces) { drifted.append((line, drift.column, drift.text)) }
                if section == nil, !overreaching, Self.overreaches(line, columns: columns) { overreaching = true }
                entries.append(.init(line: line, pieces: pieces, number: section == nil ? LayoutRowNumber(pieces: pieces) : nil,
                                     section: section))
                entryColumns.append(columns)
            }
        }
        if !drifted.isEmpty || overreaching {
            let (refitEntries, refitDrifted) = Self.refitByRows(entries, columns: entryColumns)
            if refitDrifted.count <= drifted.count { (entries, drifted) = (refitEntries, refitDrifted) }
        }
        let rows: [LayoutRowDraft]
        var copied = 0
        if LayoutCentredRows.applies(to: entries) {
            let merged = header.titles.firstIndex { HeaderVocabulary.key(of: $0) == .category }
            let centred = LayoutCentredRows(entries: entries, titles: header.titles, mergedColumn: merged)
            findings += centred.findings
            setAside += centred.unplacedCharacters
            copied = centred.copiedCharacters
            rows = centred.rows
        } else {
            var drafts = LayoutRowCollector(header: header)
            for entry in entries {
                drafts.read(entry.line, pieces: entry.pieces, section: entry.section)
            }
            findings += drafts.findings
            setAside += drafts.unplacedCharacters
            var collected = drafts.rows
            if let merged = header.titles.firstIndex(where: { HeaderVocabulary.key(of: $0) == .category }) {
                copied = Self.centreMergedCategory(&collected, column: merged, entries: entries, titles: header.titles,
                                                   findings: &findings)
            }
            rows = collected
        }
        guard rows.contains(where: { $0.section == nil }) else {
            throw QingdanError(.noTable, file: path, location: .line(lines[headerIndex].number),
                               .layoutHeaderWithoutRows)
        }
        findings += Self.driftFindings(drifted, rows: rows, titles: header.titles)
        let printedPages = lines.last(where: { !$0.isBlank })?.page ?? 1
        return Drafts(title: title, titles: header.titles, groups: header.groups, drafts: rows, findings: findings,
                      printedPages: printedPages, printedCharacters: printedCharacters, setAside: setAside, copied: copied)
    }

    /// Heuristic `mergedCategoryInTopAlignedTable`: a table whose cells print from the top of their
    /// rows may still centre a 事项类别 merged over a run, so that its lines fall beside rows in
    /// the middle of the run, across a row boundary, and the other rows print none:
    ///
    ///     3         农村集体经济 县农业农村 《中华人民共和国 2025
    ///          行政确   确认           法》第十二条         ← rows 1–6 are 行政确认
    ///     4    认     享受政府补贴 县民政局  《县居家养老服务
    ///
    /// Where the column is empty on some item rows and printed on others, its blocks are given to
    /// the runs they are centred on (`LayoutCentredRows.mergedRuns`), each row of a run getting
    /// the value; a block centred on no run is an error (table.centred-rows). Returns the
    /// characters copied into more than one row.
    private static func centreMergedCategory(_ rows: inout [LayoutRowDraft], column: Int, entries: [LayoutCentredRows.Entry],
                                             titles: [String], findings: inout [Finding]) -> Int {
        let items = rows.indices.filter { rows[$0].section == nil }
        let printed = items.filter { !rows[$0].fragments[column].isEmpty }
        guard !printed.isEmpty, printed.count < items.count else { return 0 }
        var entryOfLine: [Int: Int] = [:]
        for (index, entry) in entries.enumerated() { entryOfLine[entry.line.number] = index }
        let anchors = items.compactMap { entryOfLine[rows[$0].firstLine] }
        guard anchors.count == items.count else { return 0 }
        let runs = LayoutCentredRows.mergedRuns(column: column, entries: entries, anchors: anchors,
                                                top: items.map { rows[$0].firstLine }, bottom: items.map { rows[$0].lastLine })
        for (position, row) in items.enumerated() { rows[row].fragments[column] = runs.fragments[position] }
        for position in Set(runs.uncertain).sorted() {
            let entry = entries[anchors[position]]
            findings.append(Finding(.error, "table.centred-rows", item: entry.number?.value, column: titles[column],
                                    .centredCellUncertain(line: entry.line.number, page: entry.line.page)))
        }
        return runs.copied
    }

    /// Heuristic `columnDrift`: a line whose runs do not fall one to a column. A run is split
    /// only into later columns (`LayoutColumns.pieces`), so two pieces of one column on a line
    /// are two runs apart there: pdftotext placed the line off the page's columns, and a
    /// neighbouring cell's text went into this one (row 7 printed three positions left of row 6,
    /// its 具体内容 under 事项名称):
    ///
    ///                       1.编制全镇特色农业产业发展规划。
    ///     6          特色农业产业 2.组织开展农业技术培训：①粮油高产栽    《中华人民共和国乡
    ///             招商引资项目                                         经济发展
    ///     7              2.为落地项目提供用地、用电、用工等要素
    ///
    /// Returns the column and its two runs' text, nil when each column gets one run at most.
    private static func drift(in pieces: [LayoutPiece]) -> (column: Int, text: String)? {
        for (piece, next) in zip(pieces, pieces.dropFirst()) where piece.column == next.column {
            return (piece.column, piece.text + "  " + next.text)
        }
        return nil
    }

    /// Heuristic `columnsPerRow`: pdftotext places each block of lines by its own rounding, so
    /// rows of one page may print their columns a few positions apart (rows 7–8 three positions
    /// left of row 6, the 事项名称 and 具体内容 runs one space apart):
    ///
    ///     6          特色农业产业 2.组织开展农业技术培训：①粮油高产栽    《中华人民共和国乡
    ///             招商引资项目                                         经济发展
    ///     7              2.为落地项目提供用地、用电、用工等要素
    ///        经济发 服务                                              办
    ///
    /// Where the page's columns leave lines drifted (`drift`) or a run reaching over a column
    /// boundary (`overreaches`), each row's lines are read with
    /// the page's columns fitted to that row's lines alone (`LayoutColumns.fitted`): a row runs
    /// from its 序号 line to the next one, or, in a table of vertically centred cells, from
    /// half-way to the 序号 line before to half-way to the next; section rows and page breaks
    /// end rows. Returns the entries read so and the lines still drifted; the reading is kept
    /// unless it leaves more lines drifted.
    private static func refitByRows(_ entries: [LayoutCentredRows.Entry], columns: [LayoutColumns])
        -> ([LayoutCentredRows.Entry], [(line: LayoutLine, column: Int, text: String)]) {
        let centred = LayoutCentredRows.applies(to: entries)
        // Bands of entry indices, each read with its own columns.
        var bands: [[Int]] = []
        var current: [Int] = []
        var lastNumber: Int?
        func close() {
            if !current.isEmpty { bands.append(current) }
            current = []
        }
        for (index, entry) in entries.enumerated() {
            if entry.section != nil || (current.last.map { entries[$0].line.page != entry.line.page } ?? false) {
                close()
                lastNumber = nil
                if entry.section != nil { continue }
            }
            if entry.number != nil {
                if let previous = lastNumber {
                    if centred {
                        // Lines nearer this number than the one before belong with it.
                        let middle = (entries[previous].line.number + entry.line.number) / 2
                        let moving = current.filter { entries[$0].line.number > middle && $0 > previous }
                        current.removeLast(moving.count)
                        close()
                        current = moving
                    } else {
                        close()
                    }
                }
                lastNumber = index
            }
            current.append(index)
        }
        close()
        var result = entries
        var drifted: [(line: LayoutLine, column: Int, text: String)] = []
        for band in bands {
            guard let first = band.first else { continue }
            let fitted = columns[first].fitted(to: band.map { entries[$0].line })
            for index in band {
                let pieces = fitted.pieces(of: entries[index].line)
                result[index].pieces = pieces
                result[index].number = LayoutRowNumber(pieces: pieces)
                if let drift = drift(in: pieces) { drifted.append((entries[index].line, drift.column, drift.text)) }
            }
        }
        return (result, drifted)
    }

    /// Whether a run of `line` reaches over a column boundary and stays whole there: text of a
    /// row that pdftotext printed off the page's columns (`columnsPerRow`: row 7's 具体内容
    /// `2.为落地项目提供用地…` starting under 事项名称 runs on past 具体内容's boundary). In a row
    /// read on its columns every run ends before the next column's boundary or is split there.
    private static func overreaches(_ line: LayoutLine, columns: LayoutColumns) -> Bool {
        for run in line.runs {
            let column = columns.column(at: run.start)
            guard column + 1 < columns.count, run.end > columns.boundaries[column + 1] else { continue }
            let crossed = columns.boundaries.dropFirst(column + 1).filter { $0 < run.end }.count
            let pieces = columns.pieces(of: LayoutLine(number: line.number, page: line.page, runs: [run]))
            if pieces.count <= crossed { return true }
        }
        return false
    }

    /// An error for each item holding a drifted line (`drift`), naming the item and the line.
    private static func driftFindings(_ drifted: [(line: LayoutLine, column: Int, text: String)], rows: [LayoutRowDraft],
                                      titles: [String]) -> [Finding] {
        drifted.map { drift in
            let row = rows.first { $0.section == nil && ($0.firstLine...$0.lastLine).contains(drift.line.number) }
            let item = row.flatMap { Int($0.fragments[0].joined()) }
            let column = titles[min(drift.column, titles.count - 1)]
            return Finding(.error, "table.columns-drift", item: item, column: column,
                           .columnsDrifted(line: drift.line.number, page: drift.line.page, column: column, text: drift.text))
        }
    }

    /// Whether `text` looks like `-layout` output: a line with a run per column, and many lines
    /// holding text in more than one column (the flowing forms print one cell per line).
    static func recognizes(_ text: String) -> Bool {
        var reader = LayoutLineReader(text: text)
        var printed = 0
        var multiColumn = 0
        var hasHeader = false
        while printed < sampleLines, let line = reader.readLine() {
            guard !line.isBlank else { continue }
            printed += 1
            if line.runs.count > 1 { multiColumn += 1 }
            if line.runs.count >= LayoutHeader.minimumColumns { hasHeader = true }
        }
        return hasHeader && multiColumn * 5 >= printed
    }

    /// Lines `recognizes` looks at.
    private static let sampleLines = 400

    /// The first printed line above the header; other lines there are outside the table.
    private func readTitle(_ lines: ArraySlice<LayoutLine>, findings: inout [Finding]) -> String? {
        let printed = lines.filter { !$0.isBlank }
        let texts = printed.map { $0.texts.joined(separator: " ") }
        // 临川县石门镇 / 上级部门收回事项清单: a title printed on two lines is one title.
        let title = ListTitle.choose(from: texts) ?? texts.first
        for (line, text) in zip(printed, texts) where !(title ?? "").contains(text) {
            findings.append(Finding(.warning, "text.outside",
                                    .textAboveTableHeader(line: line.number, page: line.page, text: line.display)))
        }
        return title
    }

    /// Consecutive lines of the same page. A second header on a page also starts a page: text
    /// exported without form feeds (`-nopgbrk`) still changes column positions at each header.
    private static func pages(of lines: ArraySlice<LayoutLine>, header: LayoutHeader) -> [ArraySlice<LayoutLine>] {
        var pages: [ArraySlice<LayoutLine>] = []
        var start = lines.startIndex
        var hasHeader = false
        for index in lines.indices {
            let repeatsHeader = header.startsRepeat(lines[index])
            if index > start, lines[index].page != lines[index - 1].page || (repeatsHeader && hasHeader) {
                pages.append(lines[start..<index])
                start = index
                hasHeader = false
            }
            hasHeader = hasHeader || repeatsHeader
        }
        if start < lines.endIndex { pages.append(lines[start...]) }
        return pages
    }

    /// A line printed last on at least half the pages (and on three or more) is a footer (页脚),
    /// not the end of a row. Each footer is reported once.
    private static func dropRepeatedFooters(from pages: inout [LayoutPage]) -> [Finding] {
        var counts: [[String]: Int] = [:]
        for page in pages {
            if let last = page.body.last { counts[last.texts, default: 0] += 1 }
        }
        let needed = max(3, (pages.count + 1) / 2)
        var findings: [Finding] = []
        var reported: Set<[String]> = []
        for index in pages.indices {
            guard let last = pages[index].body.last, let count = counts[last.texts], count >= needed else { continue }
            pages[index].dropLastLine()
            if reported.insert(last.texts).inserted {
                findings.append(Finding(.info, "text.footer",
                                        .footerLeftOut(line: last.number, page: last.page, pages: count, text: last.display)))
            }
        }
        return findings
    }

    /// Joins each cell's lines into paragraphs, with each column's wrap profile measured over all rows.
    /// Column by column: each line is measured once for the profile and the joiner, and only one
    /// column's measures are held at a time.
    private static func rows(of drafts: [LayoutRowDraft], columnCount: Int) -> [RawRow] {
        var cells = Array(repeating: [String](), count: drafts.count)
        for column in 0..<columnCount {
            let fragments = drafts.map { $0.fragments[column] }
            let measures = fragments.map(LayoutLineMeasure.cell)
            let joiner = LayoutParagraphJoiner(profile: LayoutWrapProfile(fragments: fragments, measures: measures))
            for (row, draft) in drafts.enumerated() where draft.section == nil {
                cells[row].append(InventedSpaceRemover.clean(joiner.join(fragments[row], measures: measures[row]))
                    .trimmingWhitespaceAndNewlines)
            }
        }
        return zip(drafts, cells).map { draft, cells in
            if let section = draft.section {
                return RawRow(section: section, pages: draft.pages, lines: draft.firstLine...draft.lastLine)
            }
            return RawRow(cells: cells, pages: draft.pages, lines: draft.firstLine...draft.lastLine)
        }
    }
}

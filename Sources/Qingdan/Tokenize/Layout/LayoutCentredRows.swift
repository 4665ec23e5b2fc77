/// Rows of a table whose cells are vertically centred (`-layout` text of a re-set list): each
/// cell's lines are centred on its row, so 序号 prints on a middle line and a row's other cells
/// print lines above and below it, interleaved with the rows next to it:
///
///     1.按年度计划发展党员，做好入党积极分子       ← row 2, above its number
///     党员发展和教   培养考察。         《中国共产党发展党
///  2                                         党建办
///     育管理      2.组织党员参加“三会一课”…  员工作细则》
///
/// In each column the lines between two numbers are split so that each cell prints as many
/// lines below its row's number as above it (one more or fewer where the number shares a line
/// with the cell); where no split does so, an error finding names the row. A column merged over
/// a run of rows (`mergedColumn`, 事项类别) prints once, centred on its run: see `mergedRuns`.
struct LayoutCentredRows {
    /// One table line with what it prints in each column.
    struct Entry: Sendable {
        var line: LayoutLine
        var pieces: [LayoutPiece]
        /// The 序号 the line prints in the first column, if it starts a row.
        var number: LayoutRowNumber?
        /// The heading when the line is a section row.
        var section: String?
    }

    private(set) var rows: [LayoutRowDraft] = []
    private(set) var findings: [Finding] = []
    /// Printed characters of lines that belong to no row (before the first row or section).
    private(set) var unplacedCharacters = 0
    /// Characters given to more than one row (a merged cell's text copied into each row of its run).
    private(set) var copiedCharacters = 0

    /// Whether the table's cells are centred: text of the first row prints above its 序号 (in a
    /// table whose cells are top-aligned the number is on its row's first line).
    static func applies(to entries: [Entry]) -> Bool {
        guard let first = entries.firstIndex(where: { $0.number != nil }) else { return false }
        return entries[..<first].contains { $0.section == nil && $0.pieces.contains { $0.column > 0 } }
    }

    init(entries: [Entry], titles: [String], mergedColumn candidate: Int?) {
        let columnCount = titles.count
        // Rows and where they start: a number greater than the last.
        var anchors: [Int] = []  // entry index of each row's number
        var lastNumber: Int?
        for (index, entry) in entries.enumerated() {
            guard let number = entry.number else { continue }
            if let lastNumber, number.value <= lastNumber {
                findings.append(Finding(.warning, "text.numbering", item: number.value, column: titles.first,
                                        .numberOutOfSequence(line: entry.line.number, page: entry.line.page,
                                                             number: number.text, after: lastNumber, startsRow: false)))
                continue
            }
            lastNumber = number.value
            anchors.append(index)
        }
        guard !anchors.isEmpty else { return }
        let mergedColumn = candidate.flatMap { Self.isMerged(column: $0, entries: entries, anchors: anchors) ? $0 : nil }
        // Each entry's row, per column: nil for lines outside every row.
        var owner = Array(repeating: Array(repeating: Int?.none, count: columnCount), count: entries.count)
        for column in 0..<columnCount where column != mergedColumn {
            let assigned = Self.split(column: column, entries: entries, anchors: anchors)
            for (index, row) in assigned.owner.enumerated() { owner[index][column] = row }
            for row in assigned.uneven {
                findings.append(Finding(.error, "table.centred-rows", item: entries[anchors[row]].number?.value,
                                        column: titles[column],
                                        .centredCellUncertain(line: entries[anchors[row]].line.number,
                                                              page: entries[anchors[row]].line.page)))
            }
        }
        // Row extents from the columns read so far: what a merged cell is centred on.
        var top = anchors.map { entries[$0].line.number }
        var bottom = top
        for (index, columns) in owner.enumerated() {
            for row in columns.compactMap({ $0 }) {
                top[row] = min(top[row], entries[index].line.number)
                bottom[row] = max(bottom[row], entries[index].line.number)
            }
        }
        var merged: [[String]] = Array(repeating: [], count: anchors.count)
        if let mergedColumn {
            let runs = Self.mergedRuns(column: mergedColumn, entries: entries, anchors: anchors, top: top, bottom: bottom)
            merged = runs.fragments
            copiedCharacters = runs.copied
            for row in runs.uncertain {
                findings.append(Finding(.error, "table.centred-rows", item: entries[anchors[row]].number?.value,
                                        column: titles[mergedColumn],
                                        .centredCellUncertain(line: entries[anchors[row]].line.number,
                                                              page: entries[anchors[row]].line.page)))
            }
            for (index, entry) in entries.enumerated() where runs.placed.contains(index) == false {
                for piece in entry.pieces where piece.column == mergedColumn {
                    owner[index][mergedColumn] = nil
                    reportUnplaced(entry, piece: piece, titles: titles)
                }
            }
        }
        // Drafts: section rows in place, each row's fragments in printed order.
        var drafts = anchors.map { LayoutRowDraft(columnCount: columnCount, line: entries[$0].line.number) }
        for row in drafts.indices {
            drafts[row].firstLine = top[row]
            drafts[row].lastLine = bottom[row]
            if let mergedColumn { drafts[row].fragments[mergedColumn] = merged[row] }
        }
        var sectionsBefore: [Int: [LayoutRowDraft]] = [:]
        var trailing: [LayoutRowDraft] = []
        var nextRow = 0
        for (index, entry) in entries.enumerated() {
            while nextRow < anchors.count, anchors[nextRow] < index { nextRow += 1 }
            if let section = entry.section {
                let draft = LayoutRowDraft(section: section, columnCount: columnCount, line: entry.line)
                if nextRow < anchors.count { sectionsBefore[nextRow, default: []].append(draft) } else { trailing.append(draft) }
                continue
            }
            var columnsOnLine: [Int: String] = [:]
            var order: [Int] = []
            for piece in entry.pieces where piece.column != mergedColumn {
                let column = min(piece.column, columnCount - 1)
                guard owner[index][column] != nil else {
                    reportUnplaced(entry, piece: piece, titles: titles)
                    continue
                }
                if let text = columnsOnLine[column] { columnsOnLine[column] = text + " " + piece.text } else {
                    columnsOnLine[column] = piece.text
                    order.append(column)
                }
            }
            for column in order {
                guard let row = owner[index][column], let text = columnsOnLine[column] else { continue }
                drafts[row].fragments[column].append(text)
                if drafts[row].pages.last != entry.line.page { drafts[row].pages.append(entry.line.page) }
            }
        }
        for (row, draft) in drafts.enumerated() {
            rows += sectionsBefore[row] ?? []
            rows.append(draft)
        }
        rows += trailing
    }

    /// Heuristic `categoryPrintedOnEveryRow`: a 事项类别 column that prints, split as any other
    /// column, an even cell beside every row is not merged: each row prints its own, and rows
    /// one line tall print theirs two lines apart, which `mergedRuns` would read as one block:
    ///
    ///          应急管   突发事件应急            负责指导街道修订应急预案并组织综
    ///     12                  县应急管理局
    ///          理     演练                合演练。
    ///          城乡建   农村危房改    县住房和城乡   1.负责危房鉴定和改造资金拨付。
    ///     13
    ///          设     造。       建设局      2.对改造质量进行抽查验收。
    ///
    /// A merged column leaves rows of its runs with nothing beside them, or a cell uneven.
    private static func isMerged(column: Int, entries: [Entry], anchors: [Int]) -> Bool {
        let assigned = split(column: column, entries: entries, anchors: anchors)
        guard assigned.uneven.isEmpty else { return true }
        let rowsWithText = Set(assigned.owner.indices.compactMap { index in
            entries[index].pieces.contains { $0.column == column } ? assigned.owner[index] : nil
        })
        return rowsWithText.count < anchors.count
    }

    private mutating func reportUnplaced(_ entry: Entry, piece: LayoutPiece, titles: [String]) {
        unplacedCharacters += PrintedCharacters.count(piece.text)
        findings.append(Finding(.error, "text.unplaced", column: titles[min(piece.column, titles.count - 1)],
                                .textBeforeFirstRow(line: entry.line.number, page: entry.line.page, text: piece.text)))
    }

    /// The row each entry's text in `column` belongs to, and the rows whose cell could not be
    /// centred on its number (more than one line more below than above, or the reverse).
    ///
    /// Between two numbers with nothing else between them the lines are shared: the split is
    /// chosen (over each chain of rows at once) so that every cell is as even about its number as
    /// can be. A section row, a page break, the text before the first row and after the last
    /// bound a chain: lines past such a bound belong to the row on their side of it.
    private static func split(column: Int, entries: [Entry], anchors: [Int])
        -> (owner: [Int?], uneven: [Int]) {
        var owner = Array(repeating: Int?.none, count: entries.count)
        func prints(_ index: Int) -> Bool { entries[index].pieces.contains { $0.column == column } }
        // Lines of `column` between each pair of numbers, as [forced to the row above] +
        // [shared] + [forced to the row below].
        var above: [[Int]] = Array(repeating: [], count: anchors.count)   // lines before the number
        var below: [[Int]] = Array(repeating: [], count: anchors.count)   // lines after the number
        var shared: [[Int]] = Array(repeating: [], count: anchors.count)  // lines between row k and k+1 to split
        var bound: [Bool] = Array(repeating: false, count: anchors.count) // a bound follows row k
        var splitByPage: [Bool] = Array(repeating: false, count: anchors.count) // row k goes on after a page break
        var forcedBelow: [[Int]] = Array(repeating: [], count: anchors.count)  // row k's lines before that break
        // Lines before the first row, after the last section row before it (earlier ones stay
        // unplaced: text before the table's first section or row).
        let firstStart = (entries[..<anchors[0]].lastIndex { $0.section != nil }).map { $0 + 1 } ?? 0
        above[0] = (firstStart..<anchors[0]).filter(prints)
        for row in anchors.indices {
            let start = anchors[row] + 1
            let end = row + 1 < anchors.count ? anchors[row + 1] : entries.count
            let gap = (start..<end).filter(prints)
            let page = entries[anchors[row]].line.page
            let sectionInGap = (start..<end).contains { entries[$0].section != nil }
            if !sectionInGap, row + 1 < anchors.count,
               let cut = (start..<end).first(where: { entries[$0].line.page != page }) {
                // Heuristic `rowSplitByPageBreak`: a row the page break splits goes on at the top
                // of the next page, and the row after it is centred below that (row 11 ends on
                // page 2, row 12 centred on its number):
                //
                //     11   应急管   森林防火。    县林业局     县林业局：
                //     ␌                         1.负责森林防火宣传和火源管控的指
                //                               导。
                //          应急管   突发事件应急            负责指导街道修订应急预案并组织综
                //     12                  县应急管理局
                //          理     演练                合演练。
                //
                // The lines before the break are the row's; those after it are shared with the
                // next row, split so that the next row is even; the split row's own evenness is
                // not asked (a row cut by a page is centred on neither part).
                below[row] = gap.filter { $0 < cut }
                forcedBelow[row] = below[row]
                shared[row] = gap.filter { $0 >= cut }
                splitByPage[row] = true
            } else if let cut = (start..<end).first(where: { entries[$0].section != nil || entries[$0].line.page != page })
                ?? (row + 1 == anchors.count ? end : nil) {
                let lastCut = (start..<end).last(where: { entries[$0].section != nil || entries[$0].line.page != page }) ?? cut
                below[row] = gap.filter { $0 < cut }
                if row + 1 < anchors.count {
                    let resume = entries[lastCut].section != nil ? lastCut + 1 : cut
                    above[row + 1] = gap.filter { $0 >= resume }
                }
                bound[row] = true
            } else {
                shared[row] = gap
            }
        }
        var uneven: [Int] = []
        // Chains of rows joined by shared gaps: rows first...last, bound after last.
        var first = 0
        while first < anchors.count {
            var last = first
            while last < anchors.count - 1, !bound[last] { last += 1 }
            let mids = (first...last).map { prints(anchors[$0]) }
            let ups = Self.bestSplit(firstAbove: above[first].count, shared: (first..<last).map { shared[$0].count },
                                     lastBelow: below[last].count, mids: mids,
                                     unjudged: (first...last).map { splitByPage[$0] })
            for row in first...last {
                let offset = row - first
                let aboveCount = offset == 0 ? above[first].count : ups.above[offset]
                if row > first { above[row] = Array(shared[row - 1].suffix(aboveCount)) }
                if row < last { below[row] = forcedBelow[row] + Array(shared[row].prefix(ups.below[offset])) }
                if ups.deviation[offset] > 1, !splitByPage[row] { uneven.append(row) }
            }
            first = last + 1
        }
        for row in anchors.indices {
            for index in above[row] + below[row] { owner[index] = row }
            if prints(anchors[row]) { owner[anchors[row]] = row }
        }
        return (owner, uneven)
    }

    /// For a chain of rows: how many shared lines each row takes below its number (and so how
    /// many the next row has above it), making every cell as even about its number as it can be.
    /// Dynamic programming over the rows; `mids[k]` says whether row k's number line also prints
    /// a line of the cell. `deviation[k]` is how many lines more one side of row k's cell has.
    /// `unjudged[k]`: row k is split by a page break, its lines not centred on its number: no
    /// split of it costs anything.
    private static func bestSplit(firstAbove: Int, shared: [Int], lastBelow: Int, mids: [Bool], unjudged: [Bool])
        -> (above: [Int], below: [Int], deviation: [Int]) {
        let rows = mids.count
        func penalty(_ a: Int, _ b: Int, _ mid: Bool) -> Int {
            let deviation = abs(a - b)
            // A cell straddling its number line (none of its lines on it) prints as many lines
            // on each side; one sharing the line may print one more on either side.
            return mid ? deviation * deviation : 2 * deviation * deviation
        }
        // states[k][a]: least cost of rows 0..<k given row k has `a` lines above its number,
        // with the (above, below) of row k-1 that reached it.
        var states: [[Int: (cost: Int, previousAbove: Int, previousBelow: Int)]] = Array(repeating: [:], count: rows)
        states[0][firstAbove] = (0, -1, -1)
        for row in 0..<(rows - 1) {
            for a in states[row].keys.sorted() {
                guard let state = states[row][a] else { continue }
                for b in 0...shared[row] {
                    let next = shared[row] - b
                    let total = state.cost + (unjudged[row] ? 0 : penalty(a, b, mids[row]))
                    if let known = states[row + 1][next], known.cost <= total { continue }
                    states[row + 1][next] = (total, a, b)
                }
            }
        }
        var above = Array(repeating: 0, count: rows)
        var below = Array(repeating: 0, count: rows)
        let last = rows - 1
        let end = states[last].keys.sorted().min {
            (states[last][$0]?.cost ?? 0) + penalty($0, lastBelow, mids[last])
                < (states[last][$1]?.cost ?? 0) + penalty($1, lastBelow, mids[last])
        } ?? firstAbove
        above[last] = end
        below[last] = lastBelow
        var row = last
        while row > 0, let state = states[row][above[row]] {
            above[row - 1] = state.previousAbove
            below[row - 1] = state.previousBelow
            row -= 1
        }
        let deviation = (0..<rows).map { abs(above[$0] - below[$0]) }
        return (above, below, deviation)
    }

    /// A column merged over runs of rows (事项类别) prints each value once, centred on its run
    /// (`党的建` / `设` printed beside rows 2 and 3 of a run of five). Its blocks (lines printed on
    /// consecutive lines) are given, in order, to consecutive runs of rows chosen so that each
    /// block is centred on its run; every row of a run gets the block's text, as a merged cell
    /// gives its text to every row it spans. A section row ends every run. A block that centres
    /// on no run within `centreTolerance` leaves its rows `uncertain`.
    static func mergedRuns(column: Int, entries: [Entry], anchors: [Int], top: [Int], bottom: [Int])
        -> (fragments: [[String]], copied: Int, uncertain: [Int], placed: Set<Int>) {
        struct Block { var entries: [Int]; var texts: [String]; var first: Int; var last: Int }
        var fragments: [[String]] = Array(repeating: [], count: anchors.count)
        var copied = 0
        var uncertain: [Int] = []
        var placed: Set<Int> = []
        // Heuristic `splitRunPrintsFromTop`: a merged cell that a page break splits prints its
        // text from the top of its part on the first page, not centred on its run (rows 7–9 are
        // 行政给付, row 7 the last on its page):
        //
        //     7   行政给   高龄老人津贴 县民政局  《省老年人权益保
        //         付     发放           障条例》第三十一
        //     ␌
        //     8         退役军人优待 县退役军人 《军人抚恤优待条
        var pageOfLine: [Int: Int] = [:]
        for entry in entries { pageOfLine[entry.line.number] = entry.line.page }
        // Regions between section rows: (rows, blocks).
        var regions: [(rows: [Int], blocks: [Block])] = [([], [])]
        var nextRow = 0
        var open = false
        for (index, entry) in entries.enumerated() {
            if entry.section != nil {
                regions.append(([], []))
                open = false
                continue
            }
            if nextRow < anchors.count, anchors[nextRow] == index {
                regions[regions.count - 1].rows.append(nextRow)
                nextRow += 1
            }
            let texts = entry.pieces.filter { $0.column == column }.map(\.text)
            guard !texts.isEmpty else { continue }
            let text = texts.joined(separator: " ")
            let region = regions.count - 1
            if open, let block = regions[region].blocks.last,
               entries[block.entries[block.entries.count - 1]].line.page == entry.line.page,
               entry.line.number - block.last <= blockGap {
                let last = regions[region].blocks.count - 1
                regions[region].blocks[last].entries.append(index)
                regions[region].blocks[last].texts.append(text)
                regions[region].blocks[last].last = entry.line.number
            } else {
                regions[region].blocks.append(Block(entries: [index], texts: [text],
                                                    first: entry.line.number, last: entry.line.number))
            }
            open = true
        }
        for region in regions where !region.rows.isEmpty && !region.blocks.isEmpty {
            let rows = region.rows, blocks = region.blocks
            guard blocks.count <= rows.count else {
                uncertain += rows
                continue
            }
            // Twice the distance between a block's centre and the centre of rows s...e; for a run
            // split by a page break, between its first line and the run's (`splitRunPrintsFromTop`).
            func cost(_ block: Block, _ s: Int, _ e: Int) -> Int {
                if let first = pageOfLine[top[rows[s]]], let last = pageOfLine[bottom[rows[e]]], first != last {
                    return 2 * abs(block.first - top[rows[s]])
                }
                return abs(block.first + block.last - top[rows[s]] - bottom[rows[e]])
            }
            // best[j][e]: least total cost of blocks 0...j with block j ending at row e, and
            // where block j starts.
            var best = Array(repeating: Array(repeating: (cost: Int.max, start: -1), count: rows.count), count: blocks.count)
            for e in rows.indices where e <= rows.count - blocks.count {
                best[0][e] = (cost(blocks[0], 0, e), 0)
            }
            for j in blocks.indices.dropFirst() {
                for e in j..<rows.count {
                    for s in j...e where best[j - 1][s - 1].cost != Int.max {
                        let total = best[j - 1][s - 1].cost + cost(blocks[j], s, e)
                        if total < best[j][e].cost { best[j][e] = (total, s) }
                    }
                }
            }
            var end = rows.count - 1
            for j in blocks.indices.reversed() {
                let start = best[j][end].start
                guard start >= 0 else { uncertain += rows; break }
                let block = blocks[j]
                if cost(block, start, end) > 2 * centreTolerance { uncertain += rows[start...end] }
                for row in rows[start...end] { fragments[row] = block.texts }
                copied += (end - start) * block.texts.reduce(0) { $0 + PrintedCharacters.count($1) }
                placed.formUnion(block.entries)
                end = start - 1
            }
        }
        return (fragments, copied, uncertain, placed)
    }

    /// Lines of one merged cell may have one line of other cells between them: pdftotext
    /// interleaves the lines of cells centred on different heights (`党的建` / `动。` / `设`).
    private static let blockGap = 2

    /// How far (in lines) a merged cell's centre may lie from the centre of its run: pdftotext
    /// puts each line on the nearest text line, so a centre moves by up to one.
    private static let centreTolerance = 1
}

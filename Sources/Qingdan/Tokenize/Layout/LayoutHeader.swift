/// The table's header row (表头) as printed on the first page: a line with a run per column, then
/// the lines that wrap header words (序 / 号). It is repeated at the top of later pages, where its
/// positions give that page's columns.
struct LayoutHeader: Sendable, Equatable {
    /// Each header line's text without spaces: what a repeated header is recognized by.
    private(set) var lineKeys: [String]
    /// Whether each of `lineKeys` is simple scalars (`SimpleScalars`), known once: every line of
    /// every page is compared with them.
    private var simpleKeys: [Bool] = []
    /// Printed headers in column order, wraps joined with nothing.
    var titles: [String]
    /// What each column's header prints on the first header line, without spaces.
    private var firstLineKeys: [String]
    /// The spanning header over each title of a two-row grouped header (职责边界划分 over 上级部门职责
    /// | 乡镇（街道）配合职责), nil over the others; empty without a group (`groupedBlock`).
    private(set) var groups: [String?] = []

    /// A header has a run for each column; a duty list has at least this many.
    static let minimumColumns = 3
    /// Header words wrap into a few characters per line at most.
    private static let longestWrap = 8
    /// Body lines needed before a one-space gap in the header is trusted as a gutter.
    private static let gutterEvidence = 3
    /// How far left of its group's first character a leaf header may start: pdftotext puts each
    /// word on the nearest character position, and a group is centred over its leaves.
    private static let groupReach = 2

    /// Reads the header around `lines[index]`, which must have a run per column. The lines
    /// after it up to the first numbered row wrap the header words; so may lines just above it
    /// when the header cells are vertically centred (`序  事项类` / `事项名称  具体内容…` / `号  别`).
    init?(lines: [LayoutLine], at index: Int) {
        let first = lines[index]
        guard first.runs.count >= Self.minimumColumns else { return nil }
        var next = index + 1
        var wraps: [LayoutLine] = []
        let runColumns = LayoutColumns(spans: first.runs.map { $0.start..<$0.end })
        while next < lines.count, lines[next].page == first.page {
            let line = lines[next]
            if line.isBlank { next += 1; continue }
            if LayoutRowNumber(pieces: runColumns.pieces(of: line)) != nil { break }
            // 一、党的建设 under the header starts the body: a section row, not a header wrap.
            if LayoutSectionRow.heading(of: line) != nil { break }
            // Header wraps are short words under the header words; anything long is table text.
            guard Self.isWrap(line, under: first) else { break }
            wraps.append(line)
            next += 1
        }
        let body = LayoutSectionRow.withoutSections(lines[next...].prefix { $0.page == first.page }.filter { !$0.isBlank })
        let groups = Self.columnGroups(of: first, body: body)
        let columns = LayoutColumns(spans: groups.map(Self.span))
        var titles = groups.map { $0.map(\.text).joined(separator: " ") }
        for wrap in wraps {
            for piece in columns.pieces(of: wrap) {
                titles[piece.column] += piece.text
            }
        }
        self.titles = titles
        self.firstLineKeys = groups.map { $0.map(\.key).joined() }
        self.lineKeys = ([first] + wraps).map(Self.key)
        self.startIndex = index

        // Lines above, nearest first, are header wraps while each makes more titles known
        // wordings: 序 over 号 is 序号, 事项类 over 别 is 事项类别; a title line above makes none.
        var above: [LayoutLine] = []
        var known = Self.knownCount(titles)
        var previous = index - 1
        while previous >= 0, lines[previous].page == first.page, !lines[previous].isBlank,
              Self.isWrap(lines[previous], under: first) {
            let candidate = [lines[previous]] + above
            let stacked = Self.stack(candidate + [first] + wraps, body: body)
            let count = Self.knownCount(stacked.titles)
            guard count > known else { break }
            above = candidate
            known = count
            titles = stacked.titles
            stackedSpans = stacked.spans
            startIndex = previous
            previous -= 1
        }
        if !above.isEmpty {
            self.titles = titles
            self.lineKeys = (above + [first] + wraps).map(Self.key)
        }
        if let grouped = Self.groupedBlock(lines: lines, at: index, body: body),
           Self.knownCount(grouped.stacked.titles, groups: grouped.stacked.groups) > Self.knownCount(self.titles, groups: self.groups) {
            self.titles = grouped.stacked.titles
            self.groups = grouped.stacked.groups
            stackedSpans = grouped.stacked.spans
            startIndex = grouped.lines.lowerBound
            self.lineKeys = lines[grouped.lines].filter { !$0.isBlank }.map(Self.key)
        }
        simpleKeys = lineKeys.map { SimpleScalars.all($0) }
    }

    /// Heuristic `groupedBlock`: a two-row grouped header prints its spanning cell on a line of
    /// its own, and its leaves on a line of their own, beside or below the other titles, each
    /// word where its cell is:
    ///
    ///                                   职责边界划分
    ///     序号 事项类别    事项名称      对应上级部门
    ///                                   上级部门职责                 乡镇（街道）配合职责
    ///
    /// (or, centred in narrow columns, `序  事项类  职责边界` / `事项名称  配合部门` / `号  别  县级部门
    /// 乡镇（街道）`). The header is then every line around `lines[index]` made of header words
    /// (short words, known wordings, a group wording), up to the first numbered row or section
    /// row, read as a stacked header (`stack`); only a block that prints a spanning group
    /// wording (`HeaderGroupWord`) is read so.
    private static func groupedBlock(lines: [LayoutLine], at index: Int, body: [LayoutLine])
        -> (lines: Range<Int>, stacked: Stacked)? {
        let page = lines[index].page
        func isHeaderWords(_ line: LayoutLine) -> Bool {
            !line.isBlank && line.page == page && LayoutSectionRow.heading(of: line) == nil
                && LayoutRowNumber(text: line.runs.first?.words.first?.text ?? "") == nil
                && line.runs.flatMap(\.words).allSatisfy {
                    $0.text.count <= longestWrap || HeaderVocabulary.isWordingOrGroup($0.text)
                }
        }
        var start = index
        while start > 0, isHeaderWords(lines[start - 1]) { start -= 1 }
        var end = index + 1
        while end < lines.count, lines[end].isBlank || isHeaderWords(lines[end]) { end += 1 }
        while end > index + 1, lines[end - 1].isBlank { end -= 1 }
        let block = Array(lines[start..<end])
        guard block.contains(where: { $0.runs.flatMap(\.words).contains { HeaderGroupWord.isSpanningGroup($0.text) } }) else {
            return nil
        }
        let stacked = stack(block.filter { !$0.isBlank }, body: body)
        guard stacked.groups.contains(where: { $0 != nil }) else { return nil }
        return (start..<end, stacked)
    }

    /// Index of the header's first printed line in the lines it was read from.
    private(set) var startIndex: Int
    /// Where each column's header prints, when header lines above the widest one were read
    /// (`stack`); nil for a header read from its widest line down (`firstLineKeys`).
    private var stackedSpans: [Range<Int>]?

    /// Whether `line` can wrap header words of `first`: no more runs, each short.
    private static func isWrap(_ line: LayoutLine, under first: LayoutLine) -> Bool {
        line.runs.count <= first.runs.count && line.runs.allSatisfy { $0.text.count <= longestWrap }
    }

    private static func knownCount(_ titles: [String], groups: [String?] = []) -> Int {
        titles.indices.filter {
            HeaderVocabulary.key(of: titles[$0], group: $0 < groups.count ? groups[$0] : nil) != nil
        }.count
    }

    /// A header read from lines stacked top to bottom: titles, where each prints, and the
    /// spanning group over each (nil over the others; empty without a group).
    struct Stacked: Sendable, Equatable {
        var titles: [String]
        var spans: [Range<Int>]
        var groups: [String?]
    }

    /// The columns of a header printed on `lines` top to bottom, its cells vertically centred:
    /// words that overlap in position are one column's header, read line by line (序 / 号;
    /// 事项类 / 别); a column need not print on every line.
    ///
    /// A spanning group wording (职责边界划分) is no column of its own: it groups the columns
    /// begun on lines below it, from its position on (`groupReach` to the left).
    private static func stack(_ lines: [LayoutLine], body: [LayoutLine]) -> Stacked {
        var pieces: [(line: Int, span: Range<Int>, text: String)] = []
        var spanning: [(line: Int, start: Int, text: String)] = []
        for (offset, line) in lines.enumerated() {
            for group in columnGroups(of: line, body: body) {
                let text = group.map(\.text).joined(separator: " ")
                if HeaderGroupWord.isSpanningGroup(text) {
                    spanning.append((offset, span(of: group).lowerBound, text))
                } else {
                    pieces.append((offset, span(of: group), text))
                }
            }
        }
        pieces.sort { ($0.span.lowerBound, $0.line) < ($1.span.lowerBound, $1.line) }
        var columns: [(span: Range<Int>, pieces: [(line: Int, text: String)])] = []
        for piece in pieces {
            if let last = columns.last, piece.span.lowerBound < last.span.upperBound {
                columns[columns.count - 1].span = last.span.lowerBound..<max(last.span.upperBound, piece.span.upperBound)
                columns[columns.count - 1].pieces.append((piece.line, piece.text))
            } else {
                columns.append((piece.span, [(piece.line, piece.text)]))
            }
        }
        let titles = columns.map { column in
            column.pieces.sorted { $0.line < $1.line }.map(\.text).joined()
        }
        var groups = columns.map { column -> String? in
            let top = column.pieces.map(\.line).min() ?? 0
            return spanning.last { $0.line < top && column.span.lowerBound + groupReach >= $0.start }?.text
        }
        if groups.allSatisfy({ $0 == nil }) { groups = [] }
        return Stacked(titles: titles, spans: columns.map(\.span), groups: groups)
    }

    /// The first header line's words grouped by column: runs, and also words that pdftotext
    /// printed one space apart when that space lies in a gutter of the page's body.
    private static func columnGroups(of line: LayoutLine, body: [LayoutLine]) -> [[LayoutRun]] {
        guard body.count >= gutterEvidence else { return line.runs.map { [$0] } }
        let occupancy = LayoutOccupancy(lines: body)
        var groups: [[LayoutRun]] = []
        for run in line.runs {
            var group: [LayoutRun] = []
            for word in run.words {
                if let last = group.last, !occupancy.isPrinted(last.end) {
                    groups.append(group)
                    group = []
                }
                group.append(word)
            }
            groups.append(group)
        }
        return groups
    }

    /// Where each column's header prints on a repeat of the header (`lines`, its first line
    /// first) above the page's `body`, nil when they are not one.
    func spans(inRepeat lines: [LayoutLine], body: [LayoutLine]) -> [Range<Int>]? {
        guard stackedSpans != nil else { return lines.first.flatMap(spans(in:)) }
        let printed = lines.filter { !$0.isBlank }.prefix(lineKeys.count)
        let stacked = Self.stack(Array(printed), body: LayoutSectionRow.withoutSections(body))
        return stacked.titles.map(HeaderVocabulary.folded) == titles.map(HeaderVocabulary.folded) ? stacked.spans : nil
    }

    /// Where each column's header word prints on a repeat of the header's first line, nil when
    /// `line` is not one.
    func spans(in line: LayoutLine) -> [Range<Int>]? {
        let words = line.runs.flatMap(\.words)
        var spans: [Range<Int>] = []
        var index = 0
        for key in firstLineKeys {
            var group: [LayoutRun] = []
            var text = ""
            while text.count < key.count, index < words.count {
                group.append(words[index])
                text += words[index].key
                index += 1
            }
            guard text == key else { return nil }
            spans.append(Self.span(of: group))
        }
        return index == words.count ? spans : nil
    }

    private static func span(of words: [LayoutRun]) -> Range<Int> {
        (words.first?.start ?? 0)..<(words.last?.end ?? 0)
    }

    /// Whether `line` prints the header's first line again.
    func startsRepeat(_ line: LayoutLine) -> Bool {
        Self.line(line, hasKey: lineKeys[0], simple: simpleKeys[0])
    }

    /// How many lines from `lines[index]` on repeat this header (0 when they do not).
    func repeatedLength(in lines: [LayoutLine], at index: Int) -> Int {
        var offset = 0
        var matched = 0
        for (key, simple) in zip(lineKeys, simpleKeys) {
            // Skip blank lines between header lines.
            while index + offset < lines.count, lines[index + offset].isBlank { offset += 1 }
            guard index + offset < lines.count, Self.line(lines[index + offset], hasKey: key, simple: simple) else { break }
            offset += 1
            matched += 1
        }
        return matched == 0 ? 0 : offset
    }

    private static func key(_ line: LayoutLine) -> String {
        line.runs.map(\.key).joined()
    }

    /// `key(line) == key`, asked of every line of every page: where the line's runs and the key
    /// are simple scalars (`SimpleScalars`: equal text is equal bytes) the bytes are compared
    /// in place, without building the line's key. `simple`: `SimpleScalars.all(key)`.
    private static func line(_ line: LayoutLine, hasKey key: String, simple: Bool) -> Bool {
        guard simple, line.runs.allSatisfy(\.isSimple) else { return Self.key(line) == key }
        var keyBytes = key.utf8.makeIterator()
        for run in line.runs {
            for byte in run.keyBytes {
                guard keyBytes.next() == byte else { return false }
            }
        }
        return keyBytes.next() == nil
    }
}

/// Recovers the grid of a table printed without ruling lines, from the text alone: columns are
/// the vertical strips of white space (gutters) that no glyph of the table crosses on any page,
/// rows start at the lines whose first column begins with a number (the 序号), and the table
/// begins at the first line that spreads over three or more columns. The result is handed on as
/// synthetic rules, so that the rest of table recovery is the same as for a ruled table.
struct UnruledTableFinder {
    /// Each page's number and glyphs.
    var pages: [(number: Int, glyphs: [Glyph])]
    var em: Double

    /// A gap at least this many ems wide between glyphs of one line separates two columns.
    private static let gutterEms = 0.8
    /// A vertical gap of more than this many ems ends the table on a page (a footer follows).
    private static let footerGapEms = 2.5

    func tables() -> [PageTable] {
        let gutter = Self.gutterEms * em
        var regions: [(number: Int, glyphs: [Glyph], lines: [GlyphLine])] = []
        let linesOfPages = Self.withoutRunningLines(pages.map { GlyphLine.lines(of: $0.glyphs) })
        for (page, lines) in zip(pages, linesOfPages) {
            var start = 0
            if regions.isEmpty {
                guard let first = lines.firstIndex(where: { Self.segments(of: $0, gap: gutter).count >= 3 }) else { continue }
                start = first
            }
            guard start < lines.count else { continue }
            var end = start + 1
            while end < lines.count, lines[end].top - lines[end - 1].bottom <= Self.footerGapEms * em { end += 1 }
            regions.append((page.number, page.glyphs, Array(lines[start..<end])))
        }
        let header = regions.first?.lines.first.map { Self.segments(of: $0, gap: gutter) } ?? []
        let headerStarts = header.compactMap { $0.first?.box.x0 }
        let columns = Self.columnBoundaries(of: regions.flatMap(\.lines), gap: gutter,
                                            headerStarts: headerStarts, narrowGap: Self.headerGutterEms * em, em: em)
        guard columns.count >= 3 else { return [] }
        return regions.compactMap { region in
            let rows = rowTops(of: region.lines, firstColumnEnd: columns[1])
            let bands = rows + [(region.lines.last?.bottom ?? 0) + 1]
            let rules = bands.map { Rule(direction: .horizontal, position: $0, start: columns[0], end: columns[columns.count - 1]) }
                + columns.map { Rule(direction: .vertical, position: $0, start: bands[0], end: bands[bands.count - 1]) }
            return TableGrid(rules: rules, em: em).map {
                PageTable(page: region.number, grid: $0, glyphs: region.glyphs,
                          naturalEm: PDFPageLayout.naturalEm(of: region.glyphs))
            }
        }
    }

    /// The y where each band of the region begins: its top, and above each line whose first
    /// column begins with a digit.
    private func rowTops(of lines: [GlyphLine], firstColumnEnd: Double) -> [Double] {
        guard let first = lines.first else { return [] }
        var tops = [first.top - 1]
        for index in lines.indices.dropFirst() {
            let number = lines[index].glyphs.first { !$0.isSpace && $0.box.midX < firstColumnEnd }
            guard let number, number.character.isNumber, number.character.wholeNumberValue != nil else { continue }
            tops.append((lines[index - 1].bottom + lines[index].top) / 2)
        }
        return tops
    }

    /// A narrower gutter is a column edge where a header word begins right after it: a column
    /// filled to its edge (收回依据 《中华人民共和国…第一百一十九》 next to a mostly empty 备注) leaves
    /// only the two cells' padding, about half an em, between its text and the next column's.
    private static let headerGutterEms = 0.3

    /// Column edges: the middle of each gutter, and the outer edges of the text half a gutter out.
    /// `headerStarts` are the x where the header's words begin: a gap of `narrowGap` ending there
    /// is a gutter too.
    private static func columnBoundaries(of lines: [GlyphLine], gap: Double, headerStarts: [Double] = [],
                                         narrowGap: Double = .infinity, em: Double = 0) -> [Double] {
        let spans = lines.flatMap { $0.glyphs.filter { !$0.isSpace }.map { ($0.box.x0, $0.box.x1) } }.sorted { $0 < $1 }
        guard var current = spans.first else { return [] }
        var columns: [(Double, Double)] = []
        for span in spans.dropFirst() {
            let startsHeaderWord = headerStarts.contains { abs($0 - span.0) <= 0.5 * em }
            if span.0 - current.1 >= gap || (startsHeaderWord && span.0 - current.1 >= narrowGap) {
                columns.append(current)
                current = span
            } else {
                current.1 = max(current.1, span.1)
            }
        }
        columns.append(current)
        guard columns.count >= 2 else { return [] }
        let gutters = zip(columns, columns.dropFirst()).map { ($0.1 + $1.0) / 2 }
        let padding = zip(columns, columns.dropFirst()).map { ($1.0 - $0.1) / 2 }.min() ?? 0
        return [columns[0].0 - padding] + gutters + [columns[columns.count - 1].1 + padding]
    }

    /// The pages' lines less running heads and feet ("第 1 页"): lines printed at the same height
    /// with the same text but for digits on at least half the pages (and two or more).
    private static func withoutRunningLines(_ pages: [[GlyphLine]]) -> [[GlyphLine]] {
        func key(_ line: GlyphLine) -> String {
            let text = String(line.text.map { $0.isNumber ? "#" : $0 })
            return "\(Int(line.top.rounded())) \(text)"
        }
        var pageCount: [String: Int] = [:]
        for lines in pages {
            for key in Set(lines.map(key)) { pageCount[key, default: 0] += 1 }
        }
        let threshold = max(2, (pages.count + 1) / 2)
        return pages.map { lines in lines.filter { pageCount[key($0), default: 0] < threshold } }
    }

    /// Runs of glyphs of `line` separated by gaps of at least `gap`.
    private static func segments(of line: GlyphLine, gap: Double) -> [[Glyph]] {
        var segments: [[Glyph]] = []
        for glyph in line.glyphs where !glyph.isSpace {
            if let last = segments.last?.last, glyph.box.x0 - last.box.x1 < gap {
                segments[segments.count - 1].append(glyph)
            } else {
                segments.append([glyph])
            }
        }
        return segments
    }
}

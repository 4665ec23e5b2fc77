/// The table's header row (表头) as printed on the first page: a line with a run per column, then
/// the lines that wrap header words (序 / 号). It is repeated at the top of later pages, where its
/// positions give that page's columns.
struct LayoutHeader: Sendable, Equatable {
    /// Each header line's text without spaces: what a repeated header is recognized by.
    var lineKeys: [String]
    /// Printed headers in column order, wraps joined with nothing.
    var titles: [String]
    /// What each column's header prints on the first header line, without spaces.
    private var firstLineKeys: [String]

    /// A header has a run for each column; a duty list has at least this many.
    static let minimumColumns = 3
    /// Header words wrap into a few characters per line at most.
    private static let longestWrap = 8
    /// Body lines needed before a one-space gap in the header is trusted as a gutter.
    private static let gutterEvidence = 3

    /// Reads the header starting at `lines[index]`, which must have a run per column. The lines
    /// after it up to the first numbered row wrap the header words.
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
            // Header wraps are short words under the header words; anything long is table text.
            guard line.runs.count <= first.runs.count,
                  line.runs.allSatisfy({ $0.text.count <= Self.longestWrap }) else { break }
            wraps.append(line)
            next += 1
        }
        let body = lines[next...].prefix { $0.page == first.page }.filter { !$0.isBlank }
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
        Self.key(line) == lineKeys[0]
    }

    /// How many lines from `lines[index]` on repeat this header (0 when they do not).
    func repeatedLength(in lines: [LayoutLine], at index: Int) -> Int {
        var offset = 0
        var matched = 0
        for key in lineKeys {
            // Skip blank lines between header lines.
            while index + offset < lines.count, lines[index + offset].isBlank { offset += 1 }
            guard index + offset < lines.count, Self.key(lines[index + offset]) == key else { break }
            offset += 1
            matched += 1
        }
        return matched == 0 ? 0 : offset
    }

    private static func key(_ line: LayoutLine) -> String {
        line.runs.map(\.key).joined()
    }
}

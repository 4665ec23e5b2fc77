/// The pieces of one list row (one 序号) in input order, before they are put into columns.
struct FlowRow: Sendable, Equatable {
    /// 序号 as printed.
    var number: Int
    var pieces: [FlowPiece] = []
    /// Lone punctuation lines printed away from the text they complete (after a blank line).
    var strays: [StrayMark] = []
    /// A line inside the row that starts with the number after next: the next number may be
    /// misprinted, so that two items were read as one.
    var lineStartingNextButOne: Int?
    var firstLine: Int
    var lastLine: Int

    init(number: Int, firstLine: Int) {
        self.number = number
        self.firstLine = firstLine
        self.lastLine = firstLine
    }

    /// Adds a line of the row: a lone closing mark completes the line right above it, else waits
    /// to be placed with the cell it completes; other lines split at their spaces.
    mutating func add(_ line: TextLine, followsBlankLine: Bool, followsPageBreak: Bool = false, isRowStart: Bool = false) {
        lastLine = line.number
        let isSecondLine = !isRowStart && linesAdded == 1
        linesAdded += 1
        if TextCues.isPunctuationOnly(line.text) {
            if !followsBlankLine, !pieces.isEmpty {
                pieces[pieces.count - 1].text += line.text
                pieces[pieces.count - 1].endsWithHangingPunctuation = true
            } else {
                strays.append(StrayMark(line: line.number, text: line.text))
            }
            return
        }
        let lineWidth = line.text.displayWidth
        let continuesOpenBracket = !followsBlankLine && pieces.last.map { TextCues.leavesBracketOpen($0.text) } == true
        let parts = FlowRow.joiningInventedGaps(in: FlowRow.spaceSeparatedParts(of: line.text), isRowStart: isRowStart)
        for (index, part) in parts.enumerated() {
            // A line of one part (most lines) is as wide as the part: measured once.
            let width = parts.count == 1 && part.gap == nil && part.text.utf8.count == line.text.utf8.count ? lineWidth : part.text.displayWidth
            pieces.append(FlowPiece(text: part.text, line: line.number, width: width,
                                    lineWidth: isRowStart ? width : lineWidth,
                                    followsBlankLine: followsBlankLine && index == 0, gapBefore: part.gap,
                                    isOnRowStartLine: isRowStart,
                                    continuesOpenBracket: continuesOpenBracket && index == 0))
            pieces[pieces.count - 1].followsPageBreak = followsPageBreak && index == 0
        }
        if isSecondLine, let first = startLineEnd, pieces.count - first >= Self.interleavedParts,
           first >= Self.interleavedParts + 1 {
            pieces[first].continuesStartLineCells = true
        }
        if isRowStart { startLineEnd = pieces.count }
    }

    /// Lines added so far, and the pieces of the row's first line.
    private var linesAdded = 0
    private var startLineEnd: Int?

    /// Heuristic `interleavedSecondLine`: the row's first line prints the first line of several
    /// cells side by side, and the next line their second lines, side by side again:
    ///
    ///     8 退役军人优待 县退役军人 《军人抚恤优待条
    ///     金发放 事务局 例》第三十六条           ← 事项名称, 实施部门 and 法律依据 go on
    ///
    /// The cells may go on there as they do at the top of a new page, each where it stopped: the
    /// line's first piece is marked (`continuesStartLineCells`), and the column search tries the
    /// row both ways — swept again from that line, no cell beginning there, or not.
    /// Parts of a line that make it such a line (the first line has the number besides).
    static let interleavedParts = 2

    /// Marks pieces whose clause number starts again ("1." after "3.") since the last heading.
    mutating func markNumberingRestarts() {
        var lastClause: Int?
        for index in pieces.indices {
            let text = pieces[index].text
            if TextCues.isHeading(text) {
                lastClause = nil
            } else if let clause = TextCues.clauseNumber(text) {
                pieces[index].restartsNumbering = lastClause.map { clause <= $0 } ?? false
                lastClause = clause
            }
        }
    }

    /// Heuristic `inventedGapInsideCell`: `pdftotext -raw` sets a space where the font changes
    /// from digits or Latin letters to Chinese, inside one cell's line:
    ///
    ///     ①C 级及以上风险企业每月检查一次；
    ///     2.2022 年起每届换届前开展村“两委”班
    ///
    /// Read as two parts, the second could open the next column at the price of a spaced break
    /// (and did: `①C` | `级及以上…`). A single such space (Latin-like before, a Chinese
    /// character, not a mark, after) joins its parts into one piece without it, as `CellJoiner`
    /// joins them; the row's number and the cell after it stay apart (`2 农村村民宅基地审批`).
    static func joiningInventedGaps(in parts: [(gap: String?, text: String)], isRowStart: Bool) -> [(gap: String?, text: String)] {
        guard parts.count > 1 else { return parts }
        var joined: [(gap: String?, text: String)] = [parts[0]]
        for (index, part) in parts.enumerated().dropFirst() {
            let last = joined[joined.count - 1]
            if part.gap == " ", !(isRowStart && index == 1),
               let before = last.text.last, let after = part.text.first,
               before.isLatinLike, after.isCJK, after.isLetter {
                joined[joined.count - 1].text = last.text + part.text
            } else {
                joined.append(part)
            }
        }
        return joined
    }

    /// The text between runs of spaces, each with the spaces before it.
    static func spaceSeparatedParts(of text: String) -> [(gap: String?, text: String)] {
        if SimpleScalars.all(text) { return spaceSeparatedScalarParts(of: text) }
        var parts: [(gap: String?, text: String)] = []
        var gap: String?
        var current = ""
        for character in text {
            if character == " " || character == "\t" {
                if !current.isEmpty {
                    parts.append((gap, current))
                    current = ""
                    gap = ""
                }
                gap = (gap ?? "") + String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append((gap, current)) }
        return parts
    }

    /// `spaceSeparatedParts` over bytes, for text whose scalars are its Characters: spaces and
    /// tabs are single bytes, and the parts are slices of the text.
    private static func spaceSeparatedScalarParts(of text: String) -> [(gap: String?, text: String)] {
        // The parts' byte offsets, found in the bytes in place; the parts sliced after.
        let bounds: [(gapStart: Int?, start: Int, end: Int)] = SimpleScalars.withBytes(of: text) { bytes in
            var bounds: [(gapStart: Int?, start: Int, end: Int)] = []
            var gapStart: Int?
            var index = 0
            let count = bytes.count
            while index < count {
                guard bytes[index] != 0x20, bytes[index] != 0x09 else {
                    if gapStart == nil { gapStart = index }
                    index += 1
                    continue
                }
                let start = index
                while index < count, bytes[index] != 0x20, bytes[index] != 0x09 { index += 1 }
                bounds.append((gapStart, start, index))
                gapStart = nil
            }
            return bounds
        }
        let utf8 = text.utf8
        func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return bounds.map { bound in
            let gap = bound.gapStart.map { String(text[position($0)..<position(bound.start)]) }
            // A line of one part (most lines) is the part: share its storage, not a copy.
            let whole = bound.start == 0 && bound.end == utf8.count
            return (gap, whole ? text : String(text[position(bound.start)..<position(bound.end)]))
        }
    }
}

/// A lone 。 or 、 printed apart from the text it completes.
struct StrayMark: Sendable, Equatable {
    var line: Int
    var text: String
}

/// Reads the flowing text export line by line:
///
///     document := preamble header row(1) row(2) … row(n)
///     preamble := title? other-line*
///     header   := line beginning with 序(号) … up to the line that starts row 1
///     row(k)   := line beginning "k " (or "k" alone) line* — up to the line that starts row k+1
///
/// Rows are found from the numbering sequence: a line starts a row when its first word is the
/// next expected number, so clause numbers ("1."), years and counts never do. A misnumbered row (a
/// number printed twice, or one skipped) starts a row only with more evidence: its second word is
/// a 事项类别 that other rows print too. Blank lines and the
/// header repeated at page breaks separate blocks inside a row; a page number at the foot of a
/// page is left out (and reported).
struct FlowTextReader {
    private let lines: [TextLine]
    private var index = 0
    /// Printed characters of the lines read but kept out of rows.
    private var setAside = 0
    /// Second words of numbered lines that several numbers share: the categories rows print.
    private let categoryWords: Set<String>
    /// The first two words of each line, found once: every line is asked several times whether it
    /// starts a row, and nothing else is asked of its words. Byte offsets into the line, so that a
    /// long export holds no second copy of its text nor two slices a line (issue 10: memory a
    /// small multiple of the input).
    private let lineWords: [LeadingWords]

    init(lines: [TextLine]) {
        self.lines = lines
        let lineWords = lines.map(LeadingWords.init)
        self.lineWords = lineWords
        var numbersByWord: [String: Set<String>] = [:]
        for position in lines.indices {
            guard let (number, category) = Self.numberAndNextWord(at: position, in: lines, words: lineWords) else { continue }
            numbersByWord[category, default: []].insert(number)
        }
        categoryWords = Set(numbersByWord.filter { $0.value.count >= 2 }.keys)
    }

    /// A line's leading integer and the word after it, on the same line or (for a number printed
    /// alone) first on the next line with text.
    private static func numberAndNextWord(at position: Int, in lines: [TextLine], words: [LeadingWords]) -> (String, String)? {
        let line = lines[position], lineWords = words[position]
        guard let first = lineWords.first(of: line), Int(first) != nil else { return nil }
        if let second = lineWords.second(of: line) { return (String(first), String(second)) }
        guard let next = lines.indices[(position + 1)...].prefix(3).first(where: { !lines[$0].isBlank }),
              let word = words[next].first(of: lines[next]) else { return nil }
        return (String(first), String(word))
    }

    /// A cheap look before `SectionHeading` is asked (every line of a row is): a heading begins
    /// with its label (一、 （一）) or ends with its count (（12项）, 12 项).
    static func mayBeSectionHeading(_ text: String) -> Bool {
        if SimpleScalars.all(text) {
            // Scalars are Characters: the first and last that are not white space, in place.
            let scalars = text.unicodeScalars
            guard let first = scalars.first(where: { !$0.isWhiteSpace }),
                  let last = scalars.last(where: { !$0.isWhiteSpace }) else { return false }
            return ClauseLabel.chineseDigit(first.value) != nil || first == "（" || first == "("
                || last == "）" || last == ")" || last == "项" || last == "条"
        }
        let trimmed = text.trimmingCellWhitespace
        guard let first = trimmed.first, let last = trimmed.last else { return false }
        return ClauseLabel.chineseDigits[first] != nil || first == "（" || first == "("
            || last == "）" || last == ")" || last == "项" || last == "条"
    }

    /// Printed lines a header may wrap over, blank lines not counted: the exported text sets a
    /// blank line between the lines of a header wrapped in narrow columns (序 / 号 / 事项类 / 别 /
    /// 事项名称 配合部门 / 职责边界 / 县级部门 乡镇（街道）: seven printed lines in thirteen).
    private static let largestHeaderLines = 8

    /// How far a misprinted number may jump ahead and still start a row.
    private static let largestGap = 50
}

extension FlowTextReader {
    var didReachEnd: Bool { index >= lines.count }
    private var currentLine: TextLine { lines[index] }

    /// Reads the whole export.
    mutating func readDocument() -> FlowDocument {
        var document = FlowDocument()
        document.title = readTitle(findings: &document.findings)
        guard let header = readHeader() else { return document }
        document.header = header
        skipUntilRowStart(1, header: header, document: &document)
        while let row = readRow(after: document.rows.last?.number ?? 0, header: header, findings: &document.findings) {
            document.rows.append(row)
            readSections(after: row.number, into: &document)
        }
        document.setAsideCharacters = setAside
        return document
    }

    private mutating func setAside(_ line: TextLine) {
        setAside += PrintedCharacters.count(line.text)
    }

    /// The first line of text, unless it is the header itself; later lines before the header are
    /// reported, not dropped.
    private mutating func readTitle(findings: inout [Finding]) -> String? {
        var printed: [TextLine] = []
        while !didReachEnd, !TableHeader.begins(words(of: currentLine)) {
            let line = currentLine
            index += 1
            setAside(line)
            if !line.isBlank { printed.append(line) }
        }
        // 临川县石门镇 / 上级部门收回事项清单: a title printed on two lines is one title.
        let title = ListTitle.choose(from: printed.map(\.text)) ?? printed.first?.text
        for line in printed where !(title ?? "").contains(line.text) {
            findings.append(Finding(.warning, "text.preamble", .preambleNotRead(line: line.number, text: line.text)))
        }
        return title
    }

    /// The header up to the first row (a header may wrap over several lines).
    private mutating func readHeader() -> TableHeader? {
        let start = index
        var headerLines: [[String]] = []
        while !didReachEnd, headerLines.count < Self.largestHeaderLines, rowStart(at: index, number: 1) == nil {
            let lineWords = words(of: currentLine)
            // A wrapped header goes on in header words or short fragments ("号", "配合职责"); a
            // section row (一、党建) under it starts the body.
            guard index == start || sectionRow(at: index, after: 0) == nil else { break }
            guard index == start || lineWords.allSatisfy({ ColumnRole(headerWords: $0) != nil || $0.count <= 4 }) else { break }
            if !lineWords.isEmpty { headerLines.append(lineWords) }
            index += 1
        }
        if let header = TableHeader(lines: headerLines) {
            for line in lines[start..<index] { setAside(line) }
            return header
        }
        // No row follows closely: the first line alone is the header.
        index = start
        guard !didReachEnd, let header = TableHeader(lines: [words(of: currentLine)]) else { return nil }
        setAside(currentLine)
        index += 1
        return header
    }

    private mutating func skipUntilRowStart(_ number: Int, header: TableHeader, document: inout FlowDocument) {
        while !didReachEnd, rowStart(at: index, number: number) == nil {
            if let section = sectionRow(at: index, after: number - 1) {
                document.sections[document.rows.count, default: []].append(FlowSection(text: section, line: currentLine.number))
                index += 1
                continue
            }
            let line = currentLine
            index += 1
            setAside(line)
            if line.isBlank || header.isRepeated(in: line) { continue }
            document.findings.append(Finding(.error, "text.unplaced", .textBetweenHeaderAndFirstRow(line: line.number, text: line.text)))
        }
    }

    /// Reads the section rows printed after row `number` and before the next one.
    private mutating func readSections(after number: Int, into document: inout FlowDocument) {
        while !didReachEnd {
            if currentLine.isBlank { index += 1; continue }
            guard let section = sectionRow(at: index, after: number) else { return }
            document.sections[document.rows.count, default: []].append(FlowSection(text: section, line: currentLine.number))
            index += 1
        }
    }

    /// The heading when the line at `position` is a section row (`二、经济发展`, `（二）综合治理`,
    /// `平安法治（4 项）`): a section heading alone on its line, followed (past blank lines and
    /// further section rows) by the line that starts the row after `previous`. A line of a cell
    /// reading like a heading is followed by more of its row instead.
    private func sectionRow(at position: Int, after previous: Int) -> String? {
        guard position < lines.count, !lines[position].isBlank else { return nil }
        var next = position
        while next < lines.count {
            let line = lines[next]
            if line.isBlank { next += 1; continue }
            if next > position, nextRowStart(at: next, after: previous) != nil {
                return InventedSpaceRemover.clean(lines[position].text.trimmingCellWhitespace)
            }
            guard Self.mayBeSectionHeading(line.text),
                  SectionHeading(InventedSpaceRemover.clean(line.text.trimmingCellWhitespace)) != nil else { return nil }
            next += 1
        }
        return nil
    }

    /// Reads the row after the one numbered `previous` when the current line starts it.
    private mutating func readRow(after previous: Int, header: TableHeader, findings: inout [Finding]) -> FlowRow? {
        guard !didReachEnd, let number = nextRowStart(at: index, after: previous) else { return nil }
        var row = FlowRow(number: number, firstLine: currentLine.number)
        row.add(currentLine, followsBlankLine: true, isRowStart: true)
        index += 1
        var followsBlankLine = false, followsPageBreak = false
        while !didReachEnd {
            let line = currentLine
            if isPageNumber(at: index, header: header) {
                setAside(line)
                index += 1
                findings.append(Finding(.info, "text.page-number", item: number, .pageNumberLeftOut(line: line.number, text: line.text)))
                continue
            }
            if nextRowStart(at: index, after: number) != nil || sectionRow(at: index, after: number) != nil { break }
            index += 1
            if line.isBlank {
                followsBlankLine = true
                continue
            }
            if header.isRepeated(in: line) {
                setAside(line)
                followsBlankLine = true
                followsPageBreak = true
                continue
            }
            if row.lineStartingNextButOne == nil, rowStart(at: index - 1, number: number + 2) != nil {
                row.lineStartingNextButOne = line.number
            }
            row.add(line, followsBlankLine: followsBlankLine || line.startsPage, followsPageBreak: followsPageBreak || line.startsPage)
            followsBlankLine = false
            followsPageBreak = false
        }
        row.markNumberingRestarts()
        row.pieces.shrinkToFit()
        return row
    }

    /// A page number at the foot of a page ("5", "- 5 -", "第5页"): the next text starts a new
    /// page (form feed, repeated header) or the document ends.
    private func isPageNumber(at position: Int, header: TableHeader) -> Bool {
        guard TextCues.isPageNumber(lines[position].text) else { return false }
        guard let next = lines[(position + 1)...].first(where: { !$0.isBlank }) else { return true }
        return next.startsPage || header.isRepeated(in: next)
    }

    /// The line's first word when it is exactly `number`.
    private func rowStart(at position: Int, number: Int) -> Substring? {
        guard let first = lineWords[position].first(of: lines[position]) else { return nil }
        return Self.decimalValue(of: first) == number ? first : nil
    }

    /// The number `word` spells when it is exactly `String(number)` for a number ≥ 0 (ASCII
    /// digits, no leading zero): read from its bytes, as every line is asked whether it starts a
    /// row. Nothing but those bytes equals such a spelling. Nil for any other word.
    private static func decimalValue(of word: Substring) -> Int? {
        let utf8 = word.utf8
        guard let lead = utf8.first, lead != 0x30 || utf8.count == 1 else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int(byte - 0x30))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }

    /// The 序号 of the row `line` starts after the row numbered `previous`: the next number, or a
    /// repeated or skipped-to number followed by a category other rows print.
    private func nextRowStart(at position: Int, after previous: Int) -> Int? {
        // A word that is no plain decimal (a sign, a leading zero) starts no row after `previous`
        // (≥ 0): `Int(first)` would read "-3" as a number no row follows.
        guard let first = lineWords[position].first(of: lines[position]), let number = Self.decimalValue(of: first) else { return nil }
        if number == previous + 1 { return number }
        let misnumbered = number == previous || (previous + 2...previous + Self.largestGap).contains(number)
        guard misnumbered, let (_, next) = Self.numberAndNextWord(at: position, in: lines, words: lineWords),
              categoryWords.contains(next) else { return nil }
        return number
    }

    private func words(of line: TextLine) -> [String] {
        Self.words(of: line)
    }

    private static func words(of line: TextLine) -> [String] {
        if SimpleScalars.all(line.text) {
            // Spaces and tabs are Characters of their own here: split at their bytes.
            return line.text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { String(Substring($0)) }
        }
        return line.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}

/// The first two words of a line (split at spaces and tabs, as `FlowTextReader.words(of:)`), as
/// UTF-8 offsets into its text: 16 bytes a line where two slices took 72.
private struct LeadingWords {
    private var firstStart = LeadingWords.none, firstEnd = LeadingWords.none
    private var secondStart = LeadingWords.none, secondEnd = LeadingWords.none
    private static let none = UInt32.max

    init(_ line: TextLine) {
        let text = line.text
        // Offsets that do not fit (a line over 4 GB) leave the words out, as a line without any.
        guard text.utf8.count < Int(Self.none) else { return }
        var found: [Substring] = []
        if SimpleScalars.all(text) {
            // Spaces and tabs are Characters of their own here: find the words by their bytes.
            let utf8 = text.utf8
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
            var index = utf8.startIndex
            while found.count < 2, index < utf8.endIndex {
                guard !isSpace(utf8[index]) else { index = utf8.index(after: index); continue }
                let start = index
                while index < utf8.endIndex, !isSpace(utf8[index]) { index = utf8.index(after: index) }
                found.append(text[start..<index])
            }
        } else {
            found = Array(text.split(whereSeparator: { $0 == " " || $0 == "\t" }).prefix(2))
        }
        func offset(_ index: String.Index) -> UInt32 { UInt32(text.utf8.distance(from: text.utf8.startIndex, to: index)) }
        if let first = found.first {
            firstStart = offset(first.startIndex)
            firstEnd = offset(first.endIndex)
        }
        if found.count > 1 {
            secondStart = offset(found[1].startIndex)
            secondEnd = offset(found[1].endIndex)
        }
    }

    /// The first word of `line`, the line these words were found in.
    func first(of line: TextLine) -> Substring? { word(firstStart, firstEnd, in: line.text) }

    /// The second word of `line`, the line these words were found in.
    func second(of line: TextLine) -> Substring? { word(secondStart, secondEnd, in: line.text) }

    private func word(_ start: UInt32, _ end: UInt32, in text: String) -> Substring? {
        guard start != Self.none else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(start))
        return text[lower..<utf8.index(lower, offsetBy: Int(end - start))]
    }
}

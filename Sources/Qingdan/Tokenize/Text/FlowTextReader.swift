/// Reads the flowing text export line by line:
///
///     document := preamble header row(1) row(2) … row(n)
///     preamble := title? other-line*
///     header   := line beginning with 序(号) … up to the line that starts row 1
///     row(k)   := line beginning "k " (or "k" alone) line* — up to the line that starts row k+1
///
/// Rows are found from the numbering sequence only: a line starts a row when its first word is the
/// next expected number, so clause numbers ("1."), years and counts never do. Blank lines and the
/// header repeated at page breaks separate blocks inside a row; a page number at the foot of a
/// page is left out (and reported).
struct FlowTextReader {
    private let lines: [TextLine]
    private var index = 0
    /// Printed characters of the lines read but kept out of rows.
    private var setAside = 0

    init(lines: [TextLine]) {
        self.lines = lines
    }
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
        skipUntilRowStart(1, header: header, findings: &document.findings)
        while let row = readRow(numbered: document.rows.count + 1, header: header, findings: &document.findings) {
            document.rows.append(row)
        }
        document.setAsideCharacters = setAside
        return document
    }

    private mutating func setAside(_ line: TextLine) {
        setAside += ConservationCheck.count(line.text)
    }

    /// The first line of text, unless it is the header itself; later lines before the header are
    /// reported, not dropped.
    private mutating func readTitle(findings: inout [Finding]) -> String? {
        var title: String?
        while !didReachEnd, !TableHeader.begins(words(of: currentLine)) {
            let line = currentLine
            index += 1
            setAside(line)
            if line.isBlank { continue }
            if title == nil {
                title = line.text
            } else {
                findings.append(Finding(.warning, "text.preamble", message: "line \(line.number): text above the table header not read: \(line.text)"))
            }
        }
        return title
    }

    /// The header up to the first row (a header may wrap over several lines).
    private mutating func readHeader() -> TableHeader? {
        let start = index
        var headerLines: [[String]] = []
        while !didReachEnd, index - start < 8, rowStart(currentLine, number: 1) == nil {
            let lineWords = words(of: currentLine)
            // A wrapped header goes on in header words or short fragments ("号", "配合职责").
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

    private mutating func skipUntilRowStart(_ number: Int, header: TableHeader, findings: inout [Finding]) {
        while !didReachEnd, rowStart(currentLine, number: number) == nil {
            let line = currentLine
            index += 1
            setAside(line)
            if line.isBlank || header.isRepeated(in: line) { continue }
            findings.append(Finding(.error, "text.unplaced", message: "line \(line.number): text between header and first row: \(line.text)"))
        }
    }

    /// Reads the row numbered `number` when the current line starts it.
    private mutating func readRow(numbered number: Int, header: TableHeader, findings: inout [Finding]) -> FlowRow? {
        guard !didReachEnd, rowStart(currentLine, number: number) != nil else { return nil }
        var row = FlowRow(number: number, firstLine: currentLine.number)
        row.add(currentLine, followsBlankLine: true, isRowStart: true)
        index += 1
        var followsBlankLine = false, followsPageBreak = false
        while !didReachEnd {
            let line = currentLine
            if isPageNumber(at: index, header: header) {
                setAside(line)
                index += 1
                findings.append(Finding(.info, "text.page-number", item: number, message: "line \(line.number): page number “\(line.text)” left out"))
                continue
            }
            if rowStart(line, number: number + 1) != nil { break }
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
            if row.lineStartingNextButOne == nil, rowStart(line, number: number + 2) != nil {
                row.lineStartingNextButOne = line.number
            }
            row.add(line, followsBlankLine: followsBlankLine || line.startsPage, followsPageBreak: followsPageBreak || line.startsPage)
            followsBlankLine = false
            followsPageBreak = false
        }
        row.markNumberingRestarts()
        return row
    }

    /// A page number at the foot of a page ("5", "- 5 -", "第5页"): the next text starts a new
    /// page (form feed, repeated header) or the document ends.
    private func isPageNumber(at position: Int, header: TableHeader) -> Bool {
        guard TextCues.isPageNumber(lines[position].text) else { return false }
        guard let next = lines[(position + 1)...].first(where: { !$0.isBlank }) else { return true }
        return next.startsPage || header.isRepeated(in: next)
    }

    /// The line's words when its first word is exactly `number`.
    private func rowStart(_ line: TextLine, number: Int) -> [String]? {
        let lineWords = words(of: line)
        return lineWords.first == String(number) ? lineWords : nil
    }

    private func words(of line: TextLine) -> [String] {
        line.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}

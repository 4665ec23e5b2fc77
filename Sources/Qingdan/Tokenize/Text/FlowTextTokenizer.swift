struct FlowTextTokenizer {
    func tokenize(text: String, path: String) throws(QingdanError) -> RawTable {
        try tokenize(lines: TextLine.lines(of: text), facts: TextFacts(text), path: path)
    }

    /// `lines` are `TextLine.lines(of: text)` and `facts` what the table reports of the whole
    /// text, when the caller has read them already: the text itself is not needed here, and a
    /// caller that lets it go keeps no copy of the input beside the lines (issue 10: memory a
    /// small multiple of the input).
    func tokenize(lines: consuming [TextLine], facts: TextFacts, path: String) throws(QingdanError) -> RawTable {
        // The lines (and the reader's words of them) are let go once the rows are read: the
        // rows' pieces and cues are built after, and were the reader's peak beside them.
        var document: FlowDocument
        do {
            var reader = FlowTextReader(lines: consume lines)
            document = reader.readDocument()
        }
        guard let header = document.header else {
            throw QingdanError(.noTable, file: path, .noTextHeader)
        }
        guard !document.rows.isEmpty else {
            throw QingdanError(.noTable, file: path, .noFirstRow)
        }
        // First pass without widths, to measure them (but those a wrapped header shows:
        // `headerWrapWidths`); second pass with them. Both passes ask the same of each piece's
        // wording: read it once, and let the cues go before the cells are built (issue 10: they
        // were a seventh of the reader's peak).
        let widths: ColumnWidths
        var assignments: [[Int]]
        (widths, assignments) = {
            let firstPass = ColumnSegmenter(roles: header.roles, widths: header.wrapWidths.contains { $0 != nil }
                                            ? ColumnWidths(widths: header.wrapWidths) : nil)
            let cuedRows = document.rows.map { $0.pieces.map(CuedPiece.init) }
            var columns = cuedRows.map { firstPass.columns(of: $0) }
            var widths = ColumnWidths(rows: cuedRows, assignments: columns, roles: header.roles)
            for pass in 1...Self.measuredPasses {
                let segmenter = ColumnSegmenter(roles: header.roles, widths: widths)
                columns = cuedRows.map { segmenter.columns(of: $0) }
                guard pass < Self.measuredPasses else { break }
                let measured = ColumnWidths(rows: cuedRows, assignments: columns, roles: header.roles)
                if measured == widths { break }
                widths = measured
            }
            return (widths, columns)
        }()

        let joiner = CellJoiner(knownDepartments: Set(document.rows.flatMap { $0.pieces.flatMap { TextCues.departmentNames(inHeading: $0.text) } }))
        var findings = document.findings
        var setAside = document.setAsideCharacters
        // The pieces of each cell are gathered row by row, when they are asked for: gathered for
        // all rows at once they were a second copy of every piece (issue 10: 43% of the reader's
        // peak).
        func cellPieces(ofRow index: Int) -> [[FlowPiece]] {
            let pieces = document.rows[index].pieces, columns = assignments[index]
            var cells = Array(repeating: [FlowPiece](), count: header.roles.count)
            for (piece, column) in zip(pieces, columns) { cells[column].append(piece) }
            return cells
        }
        var doubtfulMarks: Set<Character> = []
        for index in document.rows.indices {
            let cells = cellPieces(ofRow: index)
            doubtfulMarks.formUnion(UncertainParagraphBreak.marksEndingUnlabelledParagraphs(
                in: cells.indices.map { (cells[$0], header.roles[$0], widths[$0]) }, joiner: joiner))
        }
        var rows: [RawRow] = []
        rows.reserveCapacity(document.rows.count)
        for index in document.rows.indices {
            let cellPieces = cellPieces(ofRow: index)
            // Joined, the row's pieces are let go: its cells hold the text from here on.
            document.rows[index].pieces = []
            assignments[index] = []
            let row = document.rows[index]
            var cells = header.roles.indices.map { column in
                let pieces = cellPieces[column]
                if let wrap = UncertainParagraphBreak.breaks(in: pieces, role: header.roles[column], width: widths[column],
                                                             joiner: joiner, doubtfulMarks: doubtfulMarks).first {
                    findings.append(Finding(.error, "text.paragraph-uncertain", item: row.number, column: header.titles[column],
                                            .uncertainBreak(item: row.number, header: header.titles[column], line: wrap.line, text: wrap.text)))
                }
                if let joined = Self.spacedPiecesJoined(in: pieces, role: header.roles[column]) {
                    findings.append(Finding(.error, "text.cells-joined", item: row.number, column: header.titles[column],
                                            .spacedPiecesJoined(item: row.number, header: header.titles[column], line: joined.line, text: joined.text)))
                }
                return joiner.join(pieces, role: header.roles[column], width: widths[column])
            }
            for stray in row.strays {
                if let column = openCell(cells, roles: header.roles) {
                    cells[column] += stray.text
                } else {
                    setAside += PrintedCharacters.count(stray.text)
                    findings.append(Finding(.error, "text.unplaced", item: row.number,
                                            .strayLine(line: stray.line, text: stray.text, item: row.number)))
                }
            }
            if let line = row.lineStartingNextButOne {
                findings.append(Finding(.warning, "text.numbering", item: row.number,
                                        .numberAfterNextInside(line: line, item: row.number)))
            }
            if index + 1 < document.rows.count, document.rows[index + 1].number > row.number + 1 {
                // A skipped number may be a misprinted one, whose row then reads as part of this one.
                findings.append(Finding(.warning, "text.numbering", item: row.number,
                                        .numberSkippedAfter(line: document.rows[index + 1].firstLine, next: document.rows[index + 1].number, item: row.number)))
            }
            rows.append(RawRow(cells: cells, lines: row.firstLine...row.lastLine))
        }
        var merged = MergedCategoryFill()
        merged.fill(&rows, roles: header.roles, titles: header.titles, numbers: document.rows.map(\.number),
                    startsRun: rows.indices.map { document.sections[$0]?.isEmpty == false })
        findings += merged.findings
        // Section rows in place, above the rows they stand over.
        var table: [RawRow] = []
        for (index, row) in rows.enumerated() {
            table += (document.sections[index] ?? []).map { RawRow(section: $0.text, lines: $0.line...$0.line) }
            table.append(row)
        }
        table += (document.sections[rows.count] ?? []).map { RawRow(section: $0.text, lines: $0.line...$0.line) }
        return RawTable(title: document.title, headers: header.titles, rows: table,
                        pageCount: facts.pageCount, findings: findings,
                        regionCharacters: facts.printedCharacters, setAsideCharacters: setAside,
                        copiedCharacters: merged.copiedCharacters, headerGroups: header.groups)
    }

    /// Check `spacedPiecesJoined`: a name cell (事项类别, 部门, 责任科室) holding two pieces printed
    /// apart on one line other than the row's first. Such a line prints cells side by side; read
    /// into one cell, a cell of the row is likely cut in two elsewhere, which the search could not
    /// tell from the text:
    ///
    ///     《中华人民共和国防洪法》 应急管理办 汛期为5
    ///
    ///     月至9月                      ← 备注 汛期为5月至9月, 责任科室 应急管理办
    /// The first such line and its text, nil when there is none.
    static func spacedPiecesJoined(in pieces: [FlowPiece], role: ColumnRole) -> (line: Int, text: String)? {
        guard [.category, .departments, .office].contains(role) else { return nil }
        for (before, piece) in zip(pieces, pieces.dropFirst())
        where piece.gapBefore != nil && before.line == piece.line && !piece.isOnRowStartLine {
            return (piece.line, before.text + (piece.gapBefore ?? "") + piece.text)
        }
        return nil
    }

    /// Passes of the column search with measured widths. Widths measured from the first pass
    /// (no widths) carry its mistakes: a narrow 责任科室 measured as wide as the 履职依据 lines the
    /// first pass put in it (`经济发展` / `办` then read as two cells). A second measure, from a
    /// search that knew most widths, corrects them; the search runs again only when they changed.
    static let measuredPasses = 2

    /// What the table reports of the whole text (`RawTable.pageCount`, `regionCharacters`), and
    /// what the lines are marked by (`TextLine.markIndentedPages`): read before the text is let go.
    struct TextFacts: Sendable {
        let pageCount: Int?
        let printedCharacters: Int

        init(_ text: String) {
            pageCount = FlowTextTokenizer.pageCount(of: text)
            printedCharacters = PrintedCharacters.count(text)
        }
    }

    /// Pages as form feeds count them (`pdftotext` ends every page with one); nil without form feeds.
    static func pageCount(of text: String) -> Int? {
        // A form feed is a Character of its own: its bytes count the Characters.
        let formFeeds = text.utf8.reduce(0) { $0 + ($1 == 0x0C ? 1 : 0) }
        guard formFeeds > 0, let last = text.utf8.lastIndex(of: 0x0C) else { return nil }
        let afterLast = text[text.utf8.index(after: last)...]
        let blank = SimpleScalars.all(afterLast)
            ? afterLast.unicodeScalars.allSatisfy { $0.isWhiteSpace }
            : afterLast.allSatisfy(\.isWhitespace)
        return blank ? formFeeds : formFeeds + 1
    }

    /// The column a stray closing mark belongs to: the last sentence cell still open (not ending
    /// its sentence).
    private func openCell(_ cells: [String], roles: [ColumnRole]) -> Int? {
        cells.indices.reversed().first { column in
            roles[column].holdsSentences && !cells[column].isEmpty && !TextCues.endsSentence(cells[column])
        }
    }
}

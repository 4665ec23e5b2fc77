import Foundation

/// Reads the list table from a PDF file: poppler gives the glyphs and a rendering of each page,
/// the rendering gives the ruling lines, and the lines give the cells the glyphs fall in.
struct PDFTableExtractor {
    var password: String?

    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        // Poppler reads the file's bytes where they are, not a copy (a 1,000-page PDF is 9 MB):
        // every poppler object is made and released inside this closure.
        let read = data.withUnsafeBytes { buffer in
            Result { () throws(QingdanError) -> RawTable in try extract(data: data, borrowing: buffer, path: path) }
        }
        return try read.get()
    }

    private func extract(data: Data, borrowing buffer: UnsafeRawBufferPointer, path: String) throws(QingdanError) -> RawTable {
        // Every poppler object is made and released inside the lock.
        try PopplerLock.run { () throws(QingdanError) -> RawTable in
            let document = try PDFDocument(data: data, borrowing: buffer, password: password, path: path)
            let layouts = try Self.layouts(of: document, path: path)
            let tables = Self.tables(in: layouts)
            let scans = layouts.filter(\.isScan).map(\.number)
            // A scanned page inside the table (or a document of scans) would lose rows; one before
            // or after it (a stamped cover, a signature page) is only reported.
            if let scan = scans.first(where: { page in
                tables.isEmpty || (tables[0].page...tables[tables.count - 1].page).contains(page)
            }) {
                throw QingdanError(.noTextLayer, file: path, location: .page(scan), .noTextLayer)
            }
            guard var table = Self.assembler(layouts: layouts, tables: tables, pageCount: document.pageCount).assemble() else {
                throw QingdanError(.noTable, file: path, .noTableFound)
            }
            table.findings += scans.map { page in
                Finding(.warning, "page.no-text", .pageWithoutText(page: page))
            }
            table.findings += Self.pagesOutsideTable(layouts: layouts, tables: tables)
            // Rules are read from the drawing; a page whose grid only its rendering showed (a
            // table pasted as a picture, a drawing over budget) is named, as that route is coarser.
            table.findings += layouts.filter { $0.rulesFromRaster && $0.table != nil }.map { layout in
                Finding(.info, "pdf.rules-from-rendering", .rulesFromRendering(page: layout.number))
            }
            return table
        }
    }

    /// Every page of `document`, read for table recovery.
    static func layouts(of document: PDFDocument, path: String) throws(QingdanError) -> [PDFPageLayout] {
        var layouts: [PDFPageLayout] = []
        var hasTable = false
        for index in 0..<document.pageCount {
            var layout = PDFPageLayout(page: try document.loadPage(at: index, path: path))
            guard !layout.hasImpossibleGlyph else {
                throw QingdanError(.unsupported, file: path, location: .page(index + 1), .impossibleTextPosition)
            }
            // Past the first table page, a page's table holds its text: its loose glyphs are only
            // needed for the title (first table page) and for tables without rules (no table at
            // all). Dropping them keeps memory from growing twice as fast as the document.
            if layout.table != nil {
                if hasTable { layout.glyphs = [] }
                hasTable = true
            }
            layouts.append(layout)
        }
        return layouts
    }

    /// The table part on each page: the ruled grids (a page inside one tall row, which shows
    /// only column rules, continues the grid before it), or when there are none, a table printed
    /// without rules.
    static func tables(in layouts: [PDFPageLayout]) -> [PageTable] {
        var tables: [PageTable] = []
        for layout in layouts {
            if let table = layout.table ?? tables.last.flatMap(layout.tableContinuing) { tables.append(table) }
        }
        guard tables.isEmpty else { return tables }
        let pages = layouts.filter { !$0.isScan }
        let em = PDFPageLayout.em(of: pages.flatMap(\.glyphs))
        return UnruledTableFinder(pages: pages.map { ($0.number, $0.glyphs) }, em: em).tables()
    }

    /// Pages with text that hold no part of the table, after its first page, where table rows may
    /// have been lost: between two table pages, or after the last one when the page draws column
    /// rules where the table has them (its last rows, whose grid could not be read). Their text is
    /// named as unplaced. A page after the table without such rules (a web page's footer, a
    /// signature) is not the table's.
    static func pagesOutsideTable(layouts: [PDFPageLayout], tables: [PageTable]) -> [Finding] {
        guard let first = tables.first, let last = tables.last else { return [] }
        let tablePages = Set(tables.map(\.page))
        return layouts.filter { $0.number > first.page && !tablePages.contains($0.number) && !$0.isScan }.compactMap { layout in
            let text = GlyphLine.lines(of: layout.glyphs).map(\.text).filter { !$0.isEmpty && !PageNumber.matches($0) }
            guard !text.isEmpty else { return nil }
            let columnRules = last.grid.columns.filter { x in
                layout.rules.contains { $0.direction == .vertical && abs($0.position - x) <= Self.columnRuleTolerance }
            }
            guard layout.number < last.page || columnRules.count >= 2 else { return nil }
            return Finding(.error, "text.unplaced", .textInNoCell(page: layout.number, text: String(text.joined(separator: " ").prefix(60))))
        }
    }

    /// How far a rule on a page past the table may lie from one of the table's column rules and
    /// still be taken for it, in points (a rule's own width, and rounding in the producer).
    static let columnRuleTolerance = 1.5

    static func assembler(layouts: [PDFPageLayout], tables: [PageTable], pageCount: Int) -> PDFTableAssembler {
        let firstGlyphs = tables.first.flatMap { table in layouts.first { $0.number == table.page }?.glyphs } ?? []
        return PDFTableAssembler(pages: tables, firstPageGlyphs: firstGlyphs, pageCount: pageCount)
    }
}

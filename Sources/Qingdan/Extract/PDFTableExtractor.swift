import Foundation

/// Reads the list table from a PDF file: poppler gives the glyphs and a rendering of each page,
/// the rendering gives the ruling lines, and the lines give the cells the glyphs fall in.
struct PDFTableExtractor {
    var password: String?

    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        // Every poppler object is made and released inside the lock.
        try PopplerLock.run { () throws(QingdanError) -> RawTable in
            let document = try PDFDocument(data: data, password: password, path: path)
            let assembler = try Self.assembler(for: document, path: path)
            guard let table = assembler.assemble() else {
                throw QingdanError(.noTable, file: path, "no table found")
            }
            return table
        }
    }

    /// Finds the table part on every page of `document`.
    static func assembler(for document: PDFDocument, path: String) throws(QingdanError) -> PDFTableAssembler {
        var layouts: [PDFPageLayout] = []
        for index in 0..<document.pageCount {
            layouts.append(try PDFPageLayout(page: try document.loadPage(at: index, path: path), path: path))
        }
        var tables = layouts.compactMap(\.table)
        if tables.isEmpty {
            // No ruled grid anywhere: a table printed without rules, or no table at all.
            let em = PDFPageLayout.em(of: layouts.flatMap(\.glyphs))
            tables = UnruledTableFinder(pages: layouts.map { ($0.number, $0.glyphs) }, em: em).tables()
        }
        let firstGlyphs = tables.first.flatMap { table in layouts.first { $0.number == table.page }?.glyphs } ?? []
        return PDFTableAssembler(pages: tables, firstPageGlyphs: firstGlyphs, pageCount: document.pageCount)
    }
}

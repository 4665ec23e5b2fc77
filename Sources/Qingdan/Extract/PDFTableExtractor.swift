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
        var tables: [PageTable] = []
        var firstTableGlyphs: [Glyph] = []
        for index in 0..<document.pageCount {
            let layout = try PDFPageLayout(page: try document.loadPage(at: index, path: path), path: path)
            guard let table = layout.table else { continue }
            if tables.isEmpty { firstTableGlyphs = layout.glyphs }
            tables.append(table)
        }
        return PDFTableAssembler(pages: tables, firstPageGlyphs: firstTableGlyphs, pageCount: document.pageCount)
    }
}

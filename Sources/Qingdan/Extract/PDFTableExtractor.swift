import Foundation

/// Reads the list table from a PDF file: poppler gives the glyphs and a rendering of each page,
/// the rendering gives the ruling lines, and the lines give the cells the glyphs fall in.
struct PDFTableExtractor {
    var password: String?

    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        let document = try PDFDocument(data: data, password: password, path: path)
        var tables: [PageTable] = []
        var firstTableGlyphs: [Glyph] = []
        for index in 0..<document.pageCount {
            guard let page = document.page(at: index) else {
                throw QingdanError(.unsupported, file: path, location: "page \(index + 1)", "damaged page")
            }
            let layout = try PDFPageLayout(page: page, path: path)
            guard let table = layout.table else { continue }
            if tables.isEmpty { firstTableGlyphs = layout.glyphs }
            tables.append(table)
        }
        let assembler = PDFTableAssembler(pages: tables, firstPageGlyphs: firstTableGlyphs, pageCount: document.pageCount)
        guard let table = assembler.assemble() else {
            throw QingdanError(.noTable, file: path, "no table found")
        }
        return table
    }
}

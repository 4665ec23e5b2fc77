import CPoppler
import Foundation

/// Draws what table recovery saw on one PDF page over a rendering of it — the ruling lines found
/// (red), the cells (blue; header cells green) and the table row each printed row belongs to —
/// so a clerk can check why a PDF reads the way it does.
public struct PageInspector: Sendable {
    /// Password for an encrypted PDF.
    public var password: String?

    public init(password: String? = nil) {
        self.password = password
    }

    /// Renders page `page` (1-based) of the PDF at `input` with the overlay into a PNG at `output`.
    public func writePNG(input: String, page: Int, output: String) throws(QingdanError) {
        let data = try InputFile.read(input)
        try PopplerLock.run { () throws(QingdanError) in
            try writePNG(data: data, input: input, page: page, output: output)
        }
    }

    private func writePNG(data: Data, input: String, page: Int, output: String) throws(QingdanError) {
        let document = try PDFDocument(data: data, password: password, path: input)
        guard page >= 1, page <= document.pageCount else {
            throw QingdanError(.unsupported, file: input, location: .page(page),
                               .noSuchPage(pageCount: document.pageCount))
        }
        let layouts = try PDFTableExtractor.layouts(of: document, path: input)
        let pdfPage = try document.loadPage(at: page - 1, path: input)
        let layout = layouts[page - 1]
        let assembler = PDFTableExtractor.assembler(
            layouts: layouts, tables: PDFTableExtractor.tables(in: layouts), pageCount: document.pageCount)
        let rows = LogicalRows(parts: assembler.pages, header: assembler.pages.first.map(HeaderBlock.init(first:)))
        let tableIndex = assembler.pages.firstIndex { $0.page == page }
        // The same cap as table recovery: a page of 14,400 pt would otherwise need 3 GB of pixels.
        let size = pdfPage.size
        let status = pdfPage.withRendering(scale: PDFPageLayout.rasterScale(width: size.width, height: size.height), draw: { context in
            Self.drawRules(layout.rules, context: context)
            if let tableIndex {
                Self.drawCells(of: assembler.pages[tableIndex], rowOfBand: rows.rowOfBand[tableIndex], context: context)
            }
        }) { surface in
            Self.png(of: surface)
        }
        guard let png = status else {
            throw QingdanError(.unsupported, file: input, location: .page(page), .cannotRenderPage)
        }
        guard let png else {
            throw QingdanError(.unreadable, file: output, .cannotEncodePNG)
        }
        // Like every other output: a temporary file renamed into place, never through a symlink.
        try AtomicFile.write(png, to: output)
    }

    /// The surface encoded as PNG in memory; nil when cairo fails.
    private static func png(of surface: OpaquePointer) -> Data? {
        final class Sink { var data = Data() }
        let sink = Sink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        }
        return status == CAIRO_STATUS_SUCCESS ? sink.data : nil
    }

    private static func drawRules(_ rules: [Rule], context: OpaquePointer) {
        cairo_set_source_rgba(context, 0.9, 0, 0, 0.8)
        cairo_set_line_width(context, 1.2)
        for rule in rules {
            if rule.direction == .horizontal {
                cairo_move_to(context, rule.start, rule.position)
                cairo_line_to(context, rule.end, rule.position)
            } else {
                cairo_move_to(context, rule.position, rule.start)
                cairo_line_to(context, rule.position, rule.end)
            }
        }
        cairo_stroke(context)
    }

    private static func drawCells(of table: PageTable, rowOfBand: [Int], context: OpaquePointer) {
        let grid = table.grid
        cairo_set_line_width(context, 0.8)
        for cell in table.cells {
            let isHeader = rowOfBand[cell.bands.lowerBound] < 0
            cairo_set_source_rgba(context, isHeader ? 0 : 0.1, isHeader ? 0.6 : 0.3, isHeader ? 0 : 0.9, 0.8)
            let top = grid.bands[cell.bands.lowerBound] + 1.5
            let bottom = grid.bands[cell.bands.upperBound + 1] - 1.5
            cairo_rectangle(context, cell.left + 1.5, top, cell.right - cell.left - 3, bottom - top)
            cairo_stroke(context)
        }
        cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(context, 8)
        cairo_set_source_rgba(context, 0.8, 0, 0.6, 1)
        for band in 0..<grid.bandCount where rowOfBand[band] >= 0 {
            let label = "r\(rowOfBand[band] + 1)"
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, label, &extents)
            cairo_move_to(context, grid.columns[0] - extents.x_advance - 3, grid.bands[band] + 9)
            cairo_show_text(context, label)
        }
    }
}

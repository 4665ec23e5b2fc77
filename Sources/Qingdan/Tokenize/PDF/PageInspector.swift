import CPoppler
import Foundation

/// Draws what table recovery saw on one PDF page over a rendering of it — the ruling lines found
/// (red), the cells (blue; header cells green) and the table row each printed row belongs to —
/// so a clerk can check why a PDF reads the way it does.
public struct PageInspector: Sendable {
    /// Password for an encrypted PDF.
    public var password: String?
    /// The legend's language.
    public var language: Language

    public init(password: String? = nil, language: Language = .chinese) {
        self.password = password
        self.language = language
    }

    /// Renders page `page` (1-based) of the PDF at `input` with the overlay into a PNG at `output`.
    public func writePNG(input: String, page: Int, output: String) throws(QingdanError) {
        let data = try InputFile.read(input)
        try PopplerLock.run { () throws(QingdanError) in
            try writePNG(data: data, input: input, page: page, output: output)
        }
    }

    /// Renders every page into `directory/page-N.png` (N 1-based), reading the PDF once; returns the
    /// page count. The web app's check-against-the-page view shows these.
    public func writeAllPNGs(input: String, directory: String) throws(QingdanError) -> Int {
        let data = try InputFile.read(input)
        return try PopplerLock.run { () throws(QingdanError) -> Int in
            let document = try PDFDocument(data: data, password: password, path: input)
            let analysis = try Analysis(document: document, input: input)
            for page in 1...max(1, document.pageCount) where page <= document.pageCount {
                let output = (directory as NSString).appendingPathComponent("page-\(page).png")
                try writePNG(document: document, analysis: analysis, input: input, page: page, output: output)
            }
            return document.pageCount
        }
    }

    /// What table recovery found in the whole document: every page's drawing needs all of it
    /// (a row continued from the page before is numbered from there).
    private struct Analysis {
        var layouts: [PDFPageLayout]
        var assembler: PDFTableAssembler
        var rows: LogicalRows

        init(document: PDFDocument, input: String) throws(QingdanError) {
            layouts = try PDFTableExtractor.layouts(of: document, path: input)
            assembler = PDFTableExtractor.assembler(
                layouts: layouts, tables: PDFTableExtractor.tables(in: layouts), pageCount: document.pageCount)
            rows = LogicalRows(parts: assembler.pages, header: assembler.pages.first.map(HeaderBlock.init(first:)))
        }
    }

    private func writePNG(data: Data, input: String, page: Int, output: String) throws(QingdanError) {
        let document = try PDFDocument(data: data, password: password, path: input)
        guard page >= 1, page <= document.pageCount else {
            throw QingdanError(.unsupported, file: input, location: .page(page),
                               .noSuchPage(pageCount: document.pageCount))
        }
        try writePNG(document: document, analysis: try Analysis(document: document, input: input),
                     input: input, page: page, output: output)
    }

    private func writePNG(document: PDFDocument, analysis: Analysis, input: String, page: Int,
                          output: String) throws(QingdanError) {
        let pdfPage = try document.loadPage(at: page - 1, path: input)
        let layout = analysis.layouts[page - 1]
        let assembler = analysis.assembler
        let rows = analysis.rows
        let tableIndex = assembler.pages.firstIndex { $0.page == page }
        // The same cap as table recovery: a page of 14,400 pt would otherwise need 3 GB of pixels.
        let size = pdfPage.size
        let status = pdfPage.withRendering(scale: PDFPageLayout.rasterScale(width: size.width, height: size.height), draw: { context in
            let table = tableIndex.map { assembler.pages[$0] }
            Self.drawRules(table.map { Self.gridRules(layout.rules, of: $0.grid) } ?? layout.rules, context: context)
            if let tableIndex, let table {
                Self.drawCells(of: table, rowOfBand: rows.rowOfBand[tableIndex], context: context)
            }
            Self.drawLegend(language, context: context)
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

    /// How far a rule may lie from a grid line and still be drawn as that line, in points.
    private static let gridTolerance = 2.0

    /// The rules that are lines of the table's grid: on one of its column or band lines, and
    /// within the grid. Short strokes elsewhere (a rule finder's reading of a glyph's stroke in
    /// 区, 配, 普查) are not part of the table and would only mislead.
    static func gridRules(_ rules: [Rule], of grid: TableGrid) -> [Rule] {
        guard let left = grid.columns.first, let right = grid.columns.last,
              let top = grid.bands.first, let bottom = grid.bands.last else { return [] }
        let t = gridTolerance
        return rules.filter { rule in
            switch rule.direction {
            case .horizontal:
                return grid.bands.contains { abs($0 - rule.position) <= t } && rule.start >= left - t && rule.end <= right + t
            case .vertical:
                return grid.columns.contains { abs($0 - rule.position) <= t } && rule.start >= top - t && rule.end <= bottom + t
            }
        }
    }

    /// A small key in the top-left corner: what each colour means.
    private static func drawLegend(_ language: Language, context: OpaquePointer) {
        let entries: [(Phrase, (Double, Double, Double))] = [
            (.legendRules, (0.9, 0, 0)), (.legendCells, (0.1, 0.3, 0.9)), (.legendHeader, (0, 0.6, 0)), (.legendRow, (0.8, 0, 0.6)),
        ]
        cairo_select_font_face(context, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, 7)
        let lineHeight = 10.0, x = 6.0, y = 6.0
        var widest = 0.0
        for (phrase, _) in entries {
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, language.text(phrase), &extents)
            widest = max(widest, extents.x_advance)
        }
        cairo_set_source_rgba(context, 1, 1, 1, 0.92)
        cairo_rectangle(context, x, y, widest + 30, lineHeight * Double(entries.count) + 6)
        cairo_fill(context)
        for (index, entry) in entries.enumerated() {
            let (r, g, b) = entry.1
            let baseline = y + 3 + lineHeight * Double(index + 1) - 2.5
            cairo_set_source_rgba(context, r, g, b, 1)
            if entry.0 == .legendRow {
                cairo_move_to(context, x + 4, baseline)
                cairo_show_text(context, "r6")
            } else {
                cairo_set_line_width(context, entry.0 == .legendRules ? 1.2 : 0.8)
                cairo_rectangle(context, x + 4, baseline - 6, 16, 6)
                cairo_stroke(context)
            }
            cairo_set_source_rgba(context, 0.1, 0.1, 0.1, 1)
            cairo_move_to(context, x + 24, baseline)
            cairo_show_text(context, language.text(entry.0))
        }
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

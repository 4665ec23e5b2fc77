import CPoppler
import Foundation
import Testing
@testable import Qingdan

/// A table pasted into the PDF as a picture: its rules exist only as pixels, so the drawing
/// holds no lines and the rendering route must find them.
@Suite struct RasterFallbackTests {
    /// Where the picture's grid lines are drawn, in page points (the truth, set before drawing).
    static let columns: [Double] = [60, 110, 260, 420]
    static let bands: [Double] = [100, 130, 190, 250]

    /// A one-page A4 PDF (cairo) whose grid is an embedded image and whose text is real text.
    static func pdfWithPictureTable() -> Data {
        final class Sink { var data = Data() }
        let sink = Sink()
        withExtendedLifetime(sink) {
            let surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque(), 595, 842)
            let context = cairo_create(surface)
            // The grid, drawn at 4 px/pt into an image, painted onto the page.
            let scale = 4.0
            let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(595 * scale), Int32(842 * scale))
            let painter = cairo_create(image)
            cairo_set_source_rgb(painter, 1, 1, 1)
            cairo_paint(painter)
            cairo_scale(painter, scale, scale)
            cairo_set_source_rgb(painter, 0, 0, 0)
            cairo_set_line_width(painter, 0.75)
            for x in columns {
                cairo_move_to(painter, x, bands[0]); cairo_line_to(painter, x, bands[bands.count - 1])
            }
            for y in bands {
                cairo_move_to(painter, columns[0], y); cairo_line_to(painter, columns[columns.count - 1], y)
            }
            cairo_stroke(painter)
            cairo_destroy(painter)
            cairo_save(context)
            cairo_scale(context, 1 / scale, 1 / scale)
            cairo_set_source_surface(context, image, 0, 0)
            cairo_paint(context)
            cairo_restore(context)
            cairo_surface_destroy(image)
            // Text in the cells.
            cairo_select_font_face(context, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(context, 10)
            cairo_set_source_rgb(context, 0, 0, 0)
            for (row, y) in bands.dropLast().enumerated() {
                for (column, x) in columns.dropLast().enumerated() {
                    cairo_move_to(context, x + 4, y + 16)
                    cairo_show_text(context, "事项\(row)\(column)")
                }
            }
            cairo_destroy(context)
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }
        return sink.data
    }

    @Test func aTableDrawnAsAPictureIsReadFromTheRendering() throws {
        let data = Self.pdfWithPictureTable()
        let (drawing, vectorRules, layout) = try PopplerLock.run { () throws(QingdanError) in
            let document = try PDFDocument(data: data, password: nil, path: "picture-table.pdf")
            let page = try document.loadPage(at: 0, path: "picture-table.pdf")
            let drawing = page.drawing
            let vectorRules = drawing.map { VectorRuleFinder(em: 10, glyphs: page.glyphs).rules(in: $0) }
            return (drawing, vectorRules, PDFPageLayout(page: page))
        }
        #expect(drawing?.images.isEmpty == false)
        #expect(vectorRules?.isEmpty == true)
        #expect(layout.glyphs.contains { $0.character == "事" })
        #expect(layout.rulesFromRaster)
        let grid = try #require(layout.table?.grid)
        #expect(grid.columns.count == Self.columns.count)
        #expect(grid.bands.count == Self.bands.count)
        for (found, drawn) in zip(grid.columns, Self.columns) { #expect(abs(found - drawn) <= 0.75) }
        for (found, drawn) in zip(grid.bands, Self.bands) { #expect(abs(found - drawn) <= 0.75) }
    }
}

import CPoppler
import Foundation

/// One page of a `PDFDocument`: its size, its text layer glyph by glyph, and renderings.
struct PDFPage {
    private let page: GObjectReference
    /// Keeps the document alive while the page is used.
    private let owner: GObjectReference
    /// 1-based page number.
    let number: Int
    private let drawings: DrawingDocument?

    init(reference: GObjectReference, number: Int, owner: GObjectReference, drawings: DrawingDocument? = nil) {
        self.page = reference
        self.number = number
        self.owner = owner
        self.drawings = drawings
    }

    /// The glyphs and the drawing, read in one run of poppler over the page (the text as
    /// poppler-glib gives it, `DrawingDocument.contents(ofPage:)`). `QINGDAN_PDF_PASSES=2` in
    /// the environment reads them as before, in two runs: the text through poppler-glib
    /// (`glyphs`), the drawing apart (`drawing`) — to compare the two routes.
    var contents: PageContents {
        if !Self.readsTwice, let contents = drawings?.contents(ofPage: number - 1) { return contents }
        return PageContents(glyphs: glyphs, drawing: drawing, passes: 2)
    }

    private static let readsTwice = ProcessInfo.processInfo.environment["QINGDAN_PDF_PASSES"] == "2"

    /// What the page draws besides text, read without rendering and without its text; nil when
    /// it cannot be read so.
    var drawing: PageDrawing? {
        drawings?.drawing(ofPage: number - 1)
    }

    /// The largest page side read: the PDF maximum is 14,400 pt (200 in); `UserUnit` may scale a
    /// page further, but a list printed larger than this is not a list.
    static let largestSide = 14_400.0 * 10

    /// Width and height in points.
    var size: (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page.pointer, &width, &height)
        return (width, height)
    }

    /// The text layer through poppler-glib, one glyph per character, line breaks left out.
    var glyphs: [Glyph] {
        guard let text = poppler_page_get_text(page.pointer) else { return [] }
        defer { g_free(text) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page.pointer, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        return Glyph.layer(text: text, count: Int(count)) { index in
            let rectangle = rectangles[index]
            return Box(x0: rectangle.x1, y0: rectangle.y1, x1: rectangle.x2, y1: rectangle.y2)
        }
    }

    /// Whether the page carries images (a page of images without text is a scan).
    var hasImages: Bool {
        guard let mapping = poppler_page_get_image_mapping(page.pointer) else { return false }
        poppler_page_free_image_mapping(mapping)
        return true
    }

    /// Renders the page on white at `scale` pixels per point into an RGB24 cairo image surface, lets
    /// `draw` paint over it in page coordinates, and hands the surface to `use`; nil when cairo
    /// cannot make the surface (out of memory).
    func withRendering<T>(scale: Double, draw: (OpaquePointer) -> Void = { _ in }, _ use: (OpaquePointer) -> T) -> T? {
        let (width, height) = size
        let columns = (width * scale).rounded(.up), rows = (height * scale).rounded(.up)
        // Callers cap the scale (`PDFPageLayout.rasterScale`); this keeps a bad size from trapping.
        guard columns.isFinite, rows.isFinite, columns >= 1, rows >= 1,
              columns <= Self.largestRaster, rows <= Self.largestRaster else { return nil }
        let pixelWidth = Int32(columns)
        let pixelHeight = Int32(rows)
        let stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, pixelWidth)
        guard stride > 0, pixelHeight > 0 else { return nil }
        // Our own buffer, not cairo's: cairo clears a new surface, and the page is painted white
        // all over anyway.
        let pixels = UnsafeMutableRawPointer.allocate(byteCount: Int(stride) * Int(pixelHeight), alignment: 16)
        defer { pixels.deallocate() }
        guard let surface = cairo_image_surface_create_for_data(
            pixels.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight, stride) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page.pointer, context)
        draw(context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        return use(surface)
    }

    /// No rendering is larger than this on a side (`PDFPageLayout.rasterScale` stays below it).
    static let largestRaster = 8_192.0

    /// The page rendered at `scale` as a grey raster (0 white … 255 black); empty when it cannot
    /// be rendered.
    func raster(scale: Double) -> PageRaster {
        let raster = withRendering(scale: scale) { surface in
            let width = Int(cairo_image_surface_get_width(surface))
            let height = Int(cairo_image_surface_get_height(surface))
            let stride = Int(cairo_image_surface_get_stride(surface))
            guard let data = cairo_image_surface_get_data(surface) else {
                return PageRaster(width: width, height: height, scale: scale,
                                  ink: [UInt8](repeating: 0, count: width * height))
            }
            let ink = [UInt8](unsafeUninitializedCapacity: width * height) { ink, count in
                for y in 0..<height {
                    let row = data + y * stride
                    for x in 0..<width {
                        // RGB24 is stored as native-endian 32-bit xRGB: bytes B, G, R, x on little-endian.
                        let pixel = row + x * 4
                        let luminance = (Int(pixel[0]) &* 29 &+ Int(pixel[1]) &* 150 &+ Int(pixel[2]) &* 77) >> 8
                        ink[y * width + x] = UInt8(truncatingIfNeeded: 255 - luminance)
                    }
                }
                count = width * height
            }
            return PageRaster(width: width, height: height, scale: scale, ink: ink)
        }
        return raster ?? PageRaster(width: 0, height: 0, scale: scale, ink: [])
    }
}

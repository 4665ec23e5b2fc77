import CPoppler
import CPopplerDrawing

/// The same PDF opened a second time through poppler's own (C++) interpreter, which reads a
/// page's text and drawing in one run of its content stream (poppler-glib can only hand over the
/// text, and the drawing only rendered). Its bytes must stay alive as long as it does, so it
/// owns them.
final class DrawingDocument {
    /// Most marks read from one page: a ruled list page draws a few hundred; a page past this
    /// (a map, a drawing made of hatching) is read from its rendering instead.
    static let markBudget = 200_000

    private let document: OpaquePointer
    private let bytes: GBytesReference

    init?(bytes: GBytesReference, password: String?) {
        var length: gsize = 0
        guard let data = g_bytes_get_data(bytes.pointer, &length),
              let document = qd_document_open(data.assumingMemoryBound(to: CChar.self), Int(length), password) else { return nil }
        self.document = document
        self.bytes = bytes
    }

    deinit {
        qd_document_close(document)
    }

    /// Page `index` (0-based), text and drawing in one run: the text device and calls of
    /// poppler-glib's poppler_page_get_text and poppler_page_get_text_layout, which also records
    /// the paths (see `qd_document_read_page`); nil when poppler cannot read the page.
    func contents(ofPage index: Int) -> PageContents? {
        var raw = qd_page()
        guard qd_document_read_page(document, Int32(index), Self.markBudget, &raw) == 0 else { return nil }
        defer { qd_page_free(&raw) }
        let glyphs = raw.text.map { text in
            Glyph.layer(text: text, count: raw.box_count) { index in
                let box = raw.boxes[index]
                return Box(x0: box.x1, y0: box.y1, x1: box.x2, y1: box.y2)
            }
        } ?? []
        return PageContents(glyphs: glyphs, drawing: Self.drawing(of: raw.drawing), passes: Int(raw.passes))
    }

    /// Page `index` (0-based) read for its drawing alone, text left out; nil when poppler cannot
    /// read it.
    func drawing(ofPage index: Int) -> PageDrawing? {
        var raw = qd_drawing()
        guard qd_document_draw_page(document, Int32(index), Self.markBudget, &raw) == 0 else { return nil }
        defer { qd_drawing_free(&raw) }
        return Self.drawing(of: raw)
    }

    private static func drawing(of raw: qd_drawing) -> PageDrawing {
        var drawing = PageDrawing()
        drawing.isComplete = raw.truncated == 0
        for mark in UnsafeBufferPointer(start: raw.marks, count: raw.count) {
            switch qd_mark_kind(UInt32(mark.kind)) {
            case QD_MARK_STROKE:
                drawing.strokes.append(.init(x0: mark.x0, y0: mark.y0, x1: mark.x1, y1: mark.y1, width: mark.width, ink: mark.ink))
            case QD_MARK_FILL:
                drawing.fills.append(.init(box: Box(x0: mark.x0, y0: mark.y0, x1: mark.x1, y1: mark.y1), ink: mark.ink))
            default:
                drawing.images.append(Box(x0: mark.x0, y0: mark.y0, x1: mark.x1, y1: mark.y1))
            }
        }
        return drawing
    }
}

/// A page's text layer and drawing, as one run of poppler over it reads them.
struct PageContents: Sendable {
    var glyphs: [Glyph]
    /// Nil when the drawing could not be read (the rules then come from a rendering).
    var drawing: PageDrawing?
    /// 1, or 2 where text and drawing had to be read apart (optional content, tiling patterns,
    /// pattern-filled text: see `qd_document_read_page`).
    var passes: Int
}

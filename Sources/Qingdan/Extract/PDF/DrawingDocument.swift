import CPoppler
import CPopplerDrawing

/// The same PDF opened a second time through poppler's own (C++) interpreter, which can hand
/// over a page's drawing without rendering it; poppler-glib can only render. Its bytes must stay
/// alive as long as it does, so it owns them.
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

    /// Page `index` (0-based); nil when poppler cannot read it.
    func drawing(ofPage index: Int) -> PageDrawing? {
        var raw = qd_drawing()
        guard qd_document_draw_page(document, Int32(index), Self.markBudget, &raw) == 0 else { return nil }
        defer { qd_drawing_free(&raw) }
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

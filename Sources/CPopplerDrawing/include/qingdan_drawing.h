// The drawing of a PDF page as poppler's content-stream interpreter sees it: straight stroked
// segments, filled rectangles and images, in page points (origin top left, as the text layer) —
// alone, or with the page's text in the same run (`qd_document_read_page`). Glyphs are never
// rendered.
#ifndef QINGDAN_DRAWING_H
#define QINGDAN_DRAWING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    /// A straight segment of a stroked path, (x0, y0) to (x1, y1), `width` its line width.
    QD_MARK_STROKE = 0,
    /// A filled axis-aligned rectangle (x0, y0)–(x1, y1).
    QD_MARK_FILL = 1,
    /// The bounding box of a drawn image.
    QD_MARK_IMAGE = 2,
} qd_mark_kind;

typedef struct {
    int kind;
    double x0, y0, x1, y1;
    double width;
    /// How dark the mark prints on white paper: 0 paper … 255 black (colour and opacity).
    unsigned char ink;
} qd_mark;

typedef struct {
    qd_mark *marks;
    size_t count;
    /// Non-zero when the page drew more than the budget of marks and was cut short.
    int truncated;
} qd_drawing;

typedef struct qd_document qd_document;

/// Opens a PDF from `length` bytes at `bytes`, which must outlive the document; NULL when poppler
/// cannot open it. `password` may be NULL.
qd_document *qd_document_open(const char *bytes, size_t length, const char *password);
void qd_document_close(qd_document *document);
int qd_document_page_count(qd_document *document);

/// Reads page `index` (0-based) into `drawing`, at most `max_marks` marks; returns 0 on success.
int qd_document_draw_page(qd_document *document, int index, size_t max_marks, qd_drawing *drawing);
void qd_drawing_free(qd_drawing *drawing);

/// A character's box, in page points (origin top left).
typedef struct {
    double x1, y1, x2, y2;
} qd_box;

/// A page read in one run of its content stream: its text and the box of each character as
/// poppler-glib's poppler_page_get_text and poppler_page_get_text_layout give them (same text
/// device, same calls), and its drawing as `qd_document_draw_page` gives it.
typedef struct {
    /// UTF-8, NUL-terminated; lines end with "\n".
    char *text;
    /// One box per character (code point) of `text`, line breaks included.
    qd_box *boxes;
    size_t box_count;
    qd_drawing drawing;
    /// 1, or 2 where the page had to be read twice (text and drawing apart): optional content,
    /// a tiling pattern, a pattern-filled string.
    int passes;
} qd_page;

/// Reads page `index` (0-based) into `page`, at most `max_marks` marks; returns 0 on success.
int qd_document_read_page(qd_document *document, int index, size_t max_marks, qd_page *page);
void qd_page_free(qd_page *page);

#ifdef __cplusplus
}
#endif

#endif

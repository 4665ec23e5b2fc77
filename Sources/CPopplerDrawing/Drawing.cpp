// A poppler OutputDev that records paths instead of painting them (see qingdan_drawing.h).
#include "qingdan_drawing.h"

#include <Annot.h>
#include <Error.h>
#include <Gfx.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

struct qd_document {
    std::unique_ptr<PDFDoc> doc;
};

namespace {

/// Hands `items` over to C as a malloc'd array in `*array`, `*count` long (nothing allocated
/// when empty); false, with `*count` 0, when out of memory.
template <class Item>
bool copyOut(const std::vector<Item> &items, Item **array, size_t *count)
{
    *count = items.size();
    if (items.empty()) return true;
    *array = static_cast<Item *>(std::malloc(sizeof(Item) * items.size()));
    if (!*array) {
        *count = 0;
        return false;
    }
    std::copy(items.begin(), items.end(), *array);
    return true;
}

/// How dark a colour prints on white with opacity `alpha`, as the raster's grey conversion
/// (0 paper … 255 black).
unsigned char inkOf(const GfxRGB &rgb, double alpha)
{
    const double r = colToDbl(rgb.r), g = colToDbl(rgb.g), b = colToDbl(rgb.b);
    const double luminance = (r * 77 + g * 150 + b * 29) / 256;
    double ink = (1 - luminance) * 255 * std::fmin(1, std::fmax(0, alpha));
    return (unsigned char)std::lround(std::fmin(255, std::fmax(0, ink)));
}

/// The marks of one page as its drawing operators arrive, at most `maxMarks` of them.
class MarkRecorder
{
public:
    explicit MarkRecorder(size_t maxMarks) : maxMarks(maxMarks) { }

    std::vector<qd_mark> marks;
    bool truncated = false;

    void stroke(GfxState *state)
    {
        GfxRGB rgb;
        state->getStrokeRGB(&rgb);
        const unsigned char ink = inkOf(rgb, state->getStrokeOpacity());
        const double width = state->getTransformedLineWidth();
        double dashStart = 0;
        const std::vector<double> &dash = state->getLineDash(&dashStart);
        const GfxPath *path = state->getPath();
        for (int s = 0; s < path->getNumSubpaths(); ++s) {
            const GfxSubpath *sub = path->getSubpath(s);
            const int n = sub->getNumPoints();
            for (int i = 1; i < n; ++i) {
                // A curve's control points are not a line; only plain segments count.
                if (sub->getCurve(i) || sub->getCurve(i - 1)) continue;
                double x0, y0, x1, y1;
                state->transform(sub->getX(i - 1), sub->getY(i - 1), &x0, &y0);
                state->transform(sub->getX(i), sub->getY(i), &x1, &y1);
                if (dash.empty()) {
                    add({ QD_MARK_STROKE, x0, y0, x1, y1, width, ink });
                } else {
                    addDashed(state, dash, dashStart, x0, y0, x1, y1, width, ink);
                }
            }
        }
    }

    /// Each straight-edged subpath becomes a filled box (its bounds): a rectangle, or the
    /// trapezoid of a border whose corners are mitred (Chromium draws a cell's four sides so when
    /// they differ in colour). Curved shapes are not rules.
    void fill(GfxState *state)
    {
        GfxRGB rgb;
        state->getFillRGB(&rgb);
        const unsigned char ink = inkOf(rgb, state->getFillOpacity());
        const GfxPath *path = state->getPath();
        for (int s = 0; s < path->getNumSubpaths(); ++s) {
            const GfxSubpath *sub = path->getSubpath(s);
            const int n = sub->getNumPoints();
            if (n < 3) continue;
            double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            bool curved = false;
            for (int i = 0; i < n && !curved; ++i) {
                curved = sub->getCurve(i);
                double x, y;
                state->transform(sub->getX(i), sub->getY(i), &x, &y);
                if (i == 0) {
                    x0 = x1 = x;
                    y0 = y1 = y;
                } else {
                    x0 = std::fmin(x0, x);
                    x1 = std::fmax(x1, x);
                    y0 = std::fmin(y0, y);
                    y1 = std::fmax(y1, y);
                }
            }
            if (curved) continue;
            add({ QD_MARK_FILL, x0, y0, x1, y1, 0, ink });
        }
    }

    void image(GfxState *state)
    {
        double xs[4], ys[4];
        state->transform(0, 0, &xs[0], &ys[0]);
        state->transform(1, 0, &xs[1], &ys[1]);
        state->transform(0, 1, &xs[2], &ys[2]);
        state->transform(1, 1, &xs[3], &ys[3]);
        add({ QD_MARK_IMAGE, std::fmin(std::fmin(xs[0], xs[1]), std::fmin(xs[2], xs[3])), std::fmin(std::fmin(ys[0], ys[1]), std::fmin(ys[2], ys[3])),
              std::fmax(std::fmax(xs[0], xs[1]), std::fmax(xs[2], xs[3])), std::fmax(std::fmax(ys[0], ys[1]), std::fmax(ys[2], ys[3])), 0, 255 });
    }

    /// Hands the marks over as `drawing` (malloc'd); false when out of memory.
    bool copy(qd_drawing *drawing) const
    {
        drawing->truncated = truncated ? 1 : 0;
        return copyOut(marks, &drawing->marks, &drawing->count);
    }

private:
    size_t maxMarks;

    void add(const qd_mark &mark)
    {
        if (marks.size() >= maxMarks) {
            truncated = true;
            return;
        }
        marks.push_back(mark);
    }

    /// The dashes of a dashed segment, each a mark: a dashed rule prints as short pieces.
    void addDashed(GfxState *state, const std::vector<double> &dash, double dashStart, double x0, double y0, double x1, double y1, double width, unsigned char ink)
    {
        const double length = std::hypot(x1 - x0, y1 - y0);
        double total = 0;
        for (double d : dash) total += state->transformWidth(d);
        if (length <= 0 || total <= 0) {
            add({ QD_MARK_STROKE, x0, y0, x1, y1, width, ink });
            return;
        }
        double at = -std::fmod(state->transformWidth(dashStart), total);
        size_t index = 0;
        bool on = true;
        while (at < length && !truncated) {
            const double piece = state->transformWidth(dash[index]);
            const double from = std::fmax(0, at), to = std::fmin(length, at + piece);
            if (on && to > from) {
                add({ QD_MARK_STROKE, x0 + (x1 - x0) * from / length, y0 + (y1 - y0) * from / length, x0 + (x1 - x0) * to / length, y0 + (y1 - y0) * to / length, width, ink });
            }
            at += piece;
            on = !on;
            index = (index + 1) % dash.size();
            if (piece <= 0 && index == 0) break;
        }
    }
};

/// Records every image a device is given (the drawing needs where images are; they hold no
/// text), for both devices below. An inline image's data is skipped as OutputDev skips it;
/// masked images are never inline, and OutputDev's own would call drawImage (one image, not two).
template <class Device>
class ImageRecording : public Device
{
public:
    template <class... Arguments>
    explicit ImageRecording(size_t maxMarks, Arguments... arguments) : Device(arguments...), recorder(maxMarks) { }

    MarkRecorder recorder;

    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg) override
    {
        recorder.image(state);
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }

    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, const int *maskColors, bool inlineImg) override
    {
        recorder.image(state);
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }

    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert, bool maskInterpolate) override
    {
        recorder.image(state);
    }

    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, GfxImageColorMap *maskColorMap,
                             bool maskInterpolate) override
    {
        recorder.image(state);
    }
};

/// Records the drawing and nothing else (text is not drawn: see `drawPage`).
class DrawingOutputDev : public ImageRecording<OutputDev>
{
public:
    explicit DrawingOutputDev(size_t maxMarks) : ImageRecording(maxMarks) { }

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
    bool needCharCount() override { return false; }

    void stroke(GfxState *state) override { recorder.stroke(state); }
    void fill(GfxState *state) override { recorder.fill(state); }
    void eoFill(GfxState *state) override { recorder.fill(state); }

    static bool abortCheck(void *data) { return static_cast<DrawingOutputDev *>(data)->recorder.truncated; }
};

/// poppler-glib's text device (the `TextOutputDev` its poppler_page_get_text builds a page's
/// `TextPage` with) that also records the drawing, so that one run of the content stream gives
/// both. What it adds to the base class only records: every text call goes to the base
/// unchanged. The base skips images and patterns (`needNonText`); this device asks for them,
/// as the drawing needs images. Images hold no text; a tiling pattern's cell may (it is drawn
/// like a form), and a pattern-filled string draws its pattern as fill marks the drawing of
/// `drawPage` never had (that drawing has no fonts): either sets `needsTwoPasses`, and the page
/// is then read as before, text and drawing apart.
class TextAndDrawingOutputDev : public ImageRecording<TextOutputDev>
{
public:
    // The arguments poppler-glib gives (physical layout, no fixed pitch, reading order, no file).
    explicit TextAndDrawingOutputDev(size_t maxMarks) : ImageRecording(maxMarks, static_cast<const char *>(nullptr), true, 0.0, false, false) { }

    bool needsTwoPasses = false;

    bool needNonText() override { return true; }

    void stroke(GfxState *state) override
    {
        recorder.stroke(state);
        TextOutputDev::stroke(state);
    }
    void fill(GfxState *state) override
    {
        recorder.fill(state);
        TextOutputDev::fill(state);
    }
    void eoFill(GfxState *state) override
    {
        recorder.fill(state);
        TextOutputDev::eoFill(state);
    }

    // Gfx calls these around the cells of a tiling pattern it draws itself, and around the
    // pattern fill of a string.
    void updatePatternOpacity(GfxState *state) override { needsTwoPasses = true; }
    void saveTextPos(GfxState *state) override { needsTwoPasses = true; }
};

// From glib (linked through poppler-glib): declared here to keep glib's headers out of this target.
extern "C" void g_log(const char *domain, int level, const char *format, ...);
constexpr int glibLogLevelInfo = 1 << 6;

/// What poppler-glib's own error callback does (it is static there): poppler's complaints go
/// to g_log at info level. Installed again after each drawing, which runs with none.
void forwardError(ErrorCategory category, Goffset pos, const char *message)
{
    static const char *const names[] = { "Syntax warning", "Syntax error", nullptr, nullptr, "IO error", nullptr, "Unimplemented feature", "Internal error" };
    if (category == errConfig || category == errCommandLine || category == errNotAllowed) return;
    g_log("Poppler", glibLogLevelInfo, "%s at position %lld: %s", names[category], (long long)pos, message);
}

} // namespace

extern "C" qd_document *qd_document_open(const char *bytes, size_t length, const char *password)
{
    if (!globalParams) globalParams = std::make_unique<GlobalParams>();
    std::optional<GooString> secret;
    if (password) secret = GooString(password);
    auto *stream = new MemStream(bytes, 0, (Goffset)length, Object(objNull));
    auto doc = std::make_unique<PDFDoc>(stream, secret, secret);
    if (!doc->isOk()) return nullptr;
    return new qd_document { std::move(doc) };
}

extern "C" void qd_document_close(qd_document *document)
{
    delete document;
}

extern "C" int qd_document_page_count(qd_document *document)
{
    return document ? document->doc->getNumPages() : 0;
}

namespace {

/// Reads the drawing of `page` into `output`: as poppler-glib's poppler_page_render
/// (Page::displaySlice): 72 dpi (points), crop box, page rotation, annotations drawn — the
/// contents too unless `withContents` is false. But the page's fonts are left out of its
/// resources: text is not drawn here, and loading every font of every page (makeFont,
/// ToUnicode maps) cost more than reading the paths. Text operators then find no font and do
/// nothing; their complaints ("No font in show") are not even formatted: no callback and quiet.
void drawPage(qd_document *document, Page *page, int number, bool withContents, DrawingOutputDev &output)
{
    Object resources;
    if (Dict *dict = page->getResourceDictCopy(document->doc->getXRef())) {
        dict->remove("Font");
        resources = Object(dict);
    }
    int rotate = page->getRotate();
    if (rotate >= 360) rotate -= 360;
    else if (rotate < 0) rotate += 360;
    PDFRectangle box;
    bool crop = true;
    page->makeBox(72.0, 72.0, rotate, false, output.upsideDown(), -1, -1, -1, -1, &box, &crop);
    const bool quiet = globalParams->getErrQuiet();
    setErrorCallback(nullptr);
    globalParams->setErrQuiet(true);
    {
        Gfx gfx(document->doc.get(), &output, number, resources.isDict() ? resources.getDict() : nullptr, 72.0, 72.0, &box, crop ? page->getCropBox() : nullptr, rotate, DrawingOutputDev::abortCheck, &output);
        if (withContents) {
            Object contents = page->getContents();
            if (!contents.isNull()) {
                gfx.saveState();
                gfx.display(&contents);
                gfx.restoreState();
            }
        }
        if (Annots *annots = page->getAnnots()) {
            for (Annot *annot : annots->getAnnots()) annot->draw(&gfx, false);
        }
    }
    globalParams->setErrQuiet(quiet);
    setErrorCallback(forwardError);
}

Page *pageAt(qd_document *document, int index)
{
    if (!document || index < 0 || index >= document->doc->getNumPages()) return nullptr;
    Page *page = document->doc->getPage(index + 1);
    return page && page->isOk() ? page : nullptr;
}

/// The page's text as poppler-glib's poppler_page_get_text and the box of each of its
/// characters as poppler_page_get_text_layout give them, both from `text`: the same selection
/// (the whole page: its crop box, turned with the page), the same style (glyphs), the same calls.
bool copyText(Page *page, TextPage *text, qd_page *out)
{
    double width = page->getCropWidth(), height = page->getCropHeight();
    if (page->getRotate() == 90 || page->getRotate() == 270) std::swap(width, height);
    PDFRectangle area(0, 0, width, height);

    std::unique_ptr<GooString> selected(text->getSelectionText(&area, selectionStyleGlyph));
    out->text = strdup(selected ? selected->c_str() : "");
    if (!out->text) return false;

    int lineCount = 0;
    std::vector<TextWordSelection *> **lines = text->getSelectionWords(&area, selectionStyleGlyph, &lineCount);
    if (!lines) return true;
    // The boxes, in the text's order: one per character of each word; between two words of a
    // line where the first is followed by a space, the space's box (from the one word to the
    // next, as tall as the first); after every line but the last, the line break's (a point at
    // the bottom right of the line's last word). The count is reckoned as poppler-glib's is.
    unsigned count = lineCount - 1;
    for (int i = 0; i < lineCount; ++i) {
        const std::vector<TextWordSelection *> &words = *lines[i];
        count += words.size() - 1;
        for (size_t j = 0; j < words.size(); ++j) {
            count += words[j]->getEnd() - words[j]->getBegin();
            if (!words[j]->getWord()->hasSpaceAfter() && j + 1 < words.size()) --count;
        }
    }
    std::vector<qd_box> boxes;
    boxes.reserve(count);
    double right = 0, bottom = 0;
    for (int i = 0; i < lineCount; ++i) {
        std::vector<TextWordSelection *> *words = lines[i];
        for (size_t j = 0; j < words->size(); ++j) {
            const TextWordSelection *selection = (*words)[j];
            const TextWord *word = selection->getWord();
            for (int k = selection->getBegin(); k < selection->getEnd(); ++k) {
                qd_box box;
                word->getCharBBox(k, &box.x1, &box.y1, &box.x2, &box.y2);
                boxes.push_back(box);
            }
            double left, top;
            word->getBBox(&left, &top, &right, &bottom);
            if (word->hasSpaceAfter() && j + 1 < words->size()) {
                double nextLeft, nextTop, nextRight, nextBottom;
                (*words)[j + 1]->getWord()->getBBox(&nextLeft, &nextTop, &nextRight, &nextBottom);
                boxes.push_back({ right, top, nextLeft, bottom });
            }
            delete selection;
        }
        if (i + 1 < lineCount && !boxes.empty()) boxes.push_back({ right, bottom, right, bottom });
        delete words;
    }
    gfree(lines);
    // Where the reckoning and the boxes differ (a line of no words), poppler-glib's last
    // rectangles are unset memory (or written past its array); here they are empty or cut off.
    if (count < boxes.size()) boxes.resize(count);
    else if (count - boxes.size() <= size_t(lineCount)) boxes.resize(count, qd_box { 0, 0, 0, 0 });
    return copyOut(boxes, &out->boxes, &out->box_count);
}

/// The text of `page` exactly as poppler-glib's poppler_page_get_text_page builds it: its
/// text device, its Gfx (72 dpi, crop box, no slice, not printing), the contents only.
TextPage *textOf(Page *page, TextOutputDev &device)
{
    std::unique_ptr<Gfx> gfx(page->createGfx(&device, 72.0, 72.0, 0, false, true, -1, -1, -1, -1, false, nullptr, nullptr));
    page->display(gfx.get());
    device.endPage();
    return device.takeText();
}

} // namespace

extern "C" int qd_document_draw_page(qd_document *document, int index, size_t max_marks, qd_drawing *drawing)
{
    drawing->marks = nullptr;
    drawing->count = 0;
    drawing->truncated = 0;
    Page *page = pageAt(document, index);
    if (!page) return 1;
    DrawingOutputDev output(max_marks);
    drawPage(document, page, index + 1, true, output);
    return output.recorder.copy(drawing) ? 0 : 1;
}

extern "C" void qd_drawing_free(qd_drawing *drawing)
{
    std::free(drawing->marks);
    drawing->marks = nullptr;
    drawing->count = 0;
}

extern "C" int qd_document_read_page(qd_document *document, int index, size_t max_marks, qd_page *out)
{
    *out = qd_page {};
    Page *page = pageAt(document, index);
    if (!page) return 1;
    TextPage *text = nullptr;
    bool ok = true;
    // A document with optional content: a hidden form is skipped by the drawing device but
    // entered by the text device (it counts characters there), and marked content inside it can
    // turn drawing back on — so the two are read apart.
    bool twoPasses = document->doc->getCatalog()->getOptContentConfig() != nullptr;
    if (!twoPasses) {
        TextAndDrawingOutputDev device(max_marks);
        text = textOf(page, device);
        twoPasses = device.needsTwoPasses;
        if (!twoPasses) {
            // Annotations are drawn, not read as text: apart, as `drawPage` draws them.
            DrawingOutputDev annotations(max_marks - std::min(max_marks, device.recorder.marks.size()));
            if (page->getAnnots() && !page->getAnnots()->getAnnots().empty()) {
                drawPage(document, page, index + 1, false, annotations);
            }
            device.recorder.marks.insert(device.recorder.marks.end(), annotations.recorder.marks.begin(), annotations.recorder.marks.end());
            device.recorder.truncated = device.recorder.truncated || annotations.recorder.truncated;
            ok = device.recorder.copy(&out->drawing);
        }
    }
    if (twoPasses) {
        if (text) text->decRefCnt();
        TextOutputDev device(nullptr, true, 0, false, false);
        text = textOf(page, device);
        DrawingOutputDev drawing(max_marks);
        drawPage(document, page, index + 1, true, drawing);
        ok = drawing.recorder.copy(&out->drawing);
    }
    out->passes = twoPasses ? 2 : 1;
    ok = copyText(page, text, out) && ok;
    text->decRefCnt();
    if (!ok) {
        qd_page_free(out);
        return 1;
    }
    return 0;
}

extern "C" void qd_page_free(qd_page *page)
{
    std::free(page->text);
    std::free(page->boxes);
    qd_drawing_free(&page->drawing);
    *page = qd_page {};
}

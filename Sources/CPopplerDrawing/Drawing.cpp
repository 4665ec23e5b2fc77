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

#include <cmath>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

struct qd_document {
    std::unique_ptr<PDFDoc> doc;
};

namespace {

/// How dark a colour prints on white with opacity `alpha`, as the raster's grey conversion
/// (0 paper … 255 black).
unsigned char inkOf(const GfxRGB &rgb, double alpha)
{
    const double r = colToDbl(rgb.r), g = colToDbl(rgb.g), b = colToDbl(rgb.b);
    const double luminance = (r * 77 + g * 150 + b * 29) / 256;
    double ink = (1 - luminance) * 255 * std::fmin(1, std::fmax(0, alpha));
    return (unsigned char)std::lround(std::fmin(255, std::fmax(0, ink)));
}

class DrawingOutputDev : public OutputDev
{
public:
    explicit DrawingOutputDev(size_t maxMarks) : maxMarks(maxMarks) { }

    std::vector<qd_mark> marks;
    bool truncated = false;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
    bool needCharCount() override { return false; }

    void stroke(GfxState *state) override
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

    void fill(GfxState *state) override { fillPath(state); }
    void eoFill(GfxState *state) override { fillPath(state); }

    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg) override
    {
        addImage(state);
        OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }

    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, const int *maskColors, bool inlineImg) override
    {
        addImage(state);
        OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }

    void drawMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert, bool maskInterpolate) override
    {
        addImage(state);
    }

    void drawSoftMaskedImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, Stream *maskStr, int maskWidth, int maskHeight, GfxImageColorMap *maskColorMap,
                             bool maskInterpolate) override
    {
        addImage(state);
    }

    static bool abortCheck(void *data) { return static_cast<DrawingOutputDev *>(data)->truncated; }

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

    /// Each straight-edged subpath becomes a filled box (its bounds): a rectangle, or the
    /// trapezoid of a border whose corners are mitred (Chromium draws a cell's four sides so when
    /// they differ in colour). Curved shapes are not rules.
    void fillPath(GfxState *state)
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

    void addImage(GfxState *state)
    {
        double xs[4], ys[4];
        state->transform(0, 0, &xs[0], &ys[0]);
        state->transform(1, 0, &xs[1], &ys[1]);
        state->transform(0, 1, &xs[2], &ys[2]);
        state->transform(1, 1, &xs[3], &ys[3]);
        add({ QD_MARK_IMAGE, std::fmin(std::fmin(xs[0], xs[1]), std::fmin(xs[2], xs[3])), std::fmin(std::fmin(ys[0], ys[1]), std::fmin(ys[2], ys[3])),
              std::fmax(std::fmax(xs[0], xs[1]), std::fmax(xs[2], xs[3])), std::fmax(std::fmax(ys[0], ys[1]), std::fmax(ys[2], ys[3])), 0, 255 });
    }
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

extern "C" int qd_document_draw_page(qd_document *document, int index, size_t max_marks, qd_drawing *drawing)
{
    drawing->marks = nullptr;
    drawing->count = 0;
    drawing->truncated = 0;
    if (!document || index < 0 || index >= document->doc->getNumPages()) return 1;
    Page *page = document->doc->getPage(index + 1);
    if (!page || !page->isOk()) return 1;
    DrawingOutputDev output(max_marks);
    // As poppler-glib's poppler_page_render (Page::displaySlice): 72 dpi (points), crop box,
    // page rotation, annotations drawn. But the page's fonts are left out of its resources:
    // text is not drawn here, and loading every font of every page (makeFont, ToUnicode maps)
    // cost more than reading the paths. Text operators then find no font and do nothing; their
    // complaints ("No font in show") are not even formatted: no callback and quiet.
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
        Gfx gfx(document->doc.get(), &output, index + 1, resources.isDict() ? resources.getDict() : nullptr, 72.0, 72.0, &box, crop ? page->getCropBox() : nullptr, rotate, DrawingOutputDev::abortCheck, &output);
        Object contents = page->getContents();
        if (!contents.isNull()) {
            gfx.saveState();
            gfx.display(&contents);
            gfx.restoreState();
        }
        if (Annots *annots = page->getAnnots()) {
            for (Annot *annot : annots->getAnnots()) annot->draw(&gfx, false);
        }
    }
    globalParams->setErrQuiet(quiet);
    setErrorCallback(forwardError);
    drawing->count = output.marks.size();
    drawing->truncated = output.truncated ? 1 : 0;
    if (drawing->count > 0) {
        drawing->marks = static_cast<qd_mark *>(std::malloc(sizeof(qd_mark) * drawing->count));
        if (!drawing->marks) {
            drawing->count = 0;
            return 1;
        }
        std::copy(output.marks.begin(), output.marks.end(), drawing->marks);
    }
    return 0;
}

extern "C" void qd_drawing_free(qd_drawing *drawing)
{
    std::free(drawing->marks);
    drawing->marks = nullptr;
    drawing->count = 0;
}

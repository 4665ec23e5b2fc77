/// What a PDF page draws besides its text, as poppler's interpreter reads it (not rendered):
/// straight stroked segments, filled rectangles and images, in page points, y growing downwards
/// as in the text layer.
struct PageDrawing: Sendable, Equatable {
    /// A straight piece of a stroked path from (x0, y0) to (x1, y1), `width` its line width.
    struct Stroke: Sendable, Equatable {
        var x0: Double
        var y0: Double
        var x1: Double
        var y1: Double
        var width: Double
        /// How dark it prints on white: 0 paper … 255 black.
        var ink: UInt8
    }

    /// A filled axis-aligned rectangle.
    struct Fill: Sendable, Equatable {
        var box: Box
        var ink: UInt8
    }

    var strokes: [Stroke] = []
    var fills: [Fill] = []
    /// Where images are drawn: a table drawn as a picture has its rules there, not in the paths.
    var images: [Box] = []
    /// False when the page drew more than the budget allows and was cut short.
    var isComplete = true
}

/// An axis-aligned rectangle in page points, y growing downwards (poppler's text coordinates).
struct Box: Sendable, Equatable {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var midX: Double { (x0 + x1) / 2 }
    var midY: Double { (y0 + y1) / 2 }

    func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= y0 && y <= y1
    }
}

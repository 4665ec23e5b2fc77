/// A page rendered to grey pixels: `ink` is 0 for white paper and 255 for black.
struct PageRaster: Sendable {
    var width: Int
    var height: Int
    /// Pixels per point.
    var scale: Double
    var ink: [UInt8]
}

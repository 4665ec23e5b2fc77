/// A ruling line of the table, in page points: a horizontal rule at `position` = y running from
/// `start` to `end` along x, or a vertical one at `position` = x running along y.
struct Rule: Sendable, Equatable {
    enum Direction: Sendable { case horizontal, vertical }

    var direction: Direction
    var position: Double
    var start: Double
    var end: Double

    var length: Double { end - start }

    /// Whether the rule runs past `coordinate` (along its own direction), within `tolerance`.
    func spans(_ coordinate: Double, tolerance: Double = 0) -> Bool {
        coordinate >= start - tolerance && coordinate <= end + tolerance
    }

    /// Whether this rule and `other` (of the other direction) cross or touch.
    func touches(_ other: Rule, tolerance: Double) -> Bool {
        spans(other.position, tolerance: tolerance) && other.spans(position, tolerance: tolerance)
    }
}

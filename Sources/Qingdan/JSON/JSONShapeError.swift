/// Canonical JSON that does not have the shape of a qingdan list: what is wrong and where
/// (`items[3].name`).
public struct JSONShapeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problem: String
    /// The place, like `items[3].name`; empty for the document as a whole.
    public var path: String

    public init(problem: String, path: String) {
        self.problem = problem
        self.path = path
    }

    public var description: String {
        path.isEmpty ? problem : "\(problem) \(path)"
    }
}

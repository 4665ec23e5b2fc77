/// A stretch of text that is kept, inserted or deleted between two versions.
///
/// The old text is the equal and deleted runs in order; the new text is the equal and inserted runs.
public struct DiffRun: Sendable, Equatable {
    public enum Operation: String, Sendable, Equatable {
        case equal, insert, delete
    }

    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}

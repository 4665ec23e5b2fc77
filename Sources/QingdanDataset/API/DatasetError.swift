/// Why a dataset could not be opened, a list added or a query answered; one line for the clerk.
public struct DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The dataset file cannot be opened or written.
        case database
        /// The list conflicts with one already in the dataset.
        case conflict
        /// A query names nothing, or several things where it needs one.
        case notFound
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// Why an input could not be read. `description` is the one-line message a clerk sees.
public struct QingdanError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file cannot be opened or read.
        case unreadable
        /// The bytes are not a form we read (or a damaged one).
        case unsupported
        /// The document opens but holds no list table.
        case noTable
        /// Encrypted PDF without (the right) password.
        case encrypted
        /// Pages without a text layer (scans).
        case noTextLayer
    }

    public var kind: Kind
    /// The input's path as given.
    public var file: String
    /// Page or line the problem is on, where it has one ("page 3", "line 120").
    public var location: String?
    public var message: String

    public init(_ kind: Kind, file: String, location: String? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String {
        let place = location.map { "\(file): \($0)" } ?? file
        return "\(place): \(message)"
    }
}

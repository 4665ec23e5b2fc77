/// Why an input could not be read. `description` is the one-line message a clerk sees, in the
/// language of the process's locale (`Language.environment`).
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

    /// Where in the file the problem is.
    public enum Location: Sendable, Hashable {
        case page(Int)
        case line(Int)
    }

    public var kind: Kind
    /// The input's path as given.
    public var file: String
    public var location: Location?
    public var reason: ErrorMessage

    public init(_ kind: Kind, file: String, location: Location? = nil, _ reason: ErrorMessage) {
        self.kind = kind
        self.file = file
        self.location = location
        self.reason = reason
    }

    @available(*, deprecated, message: "add an ErrorMessage case and word it in every Catalogue")
    public init(_ kind: Kind, file: String, _ message: String) {
        self.init(kind, file: file, .verbatim(message))
    }

    public func message(in language: Language) -> String { language.text(reason) }

    /// The message in the process's language.
    public var message: String { message(in: .environment) }

    public func description(in language: Language) -> String {
        language.text(.problem(file: file, location: location, message: message(in: language)))
    }

    public var description: String { description(in: .environment) }

    /// Equal when they say the same (in English, whatever the locale).
    public static func == (a: QingdanError, b: QingdanError) -> Bool {
        a.kind == b.kind && a.file == b.file && a.location == b.location && a.message(in: .english) == b.message(in: .english)
    }
}

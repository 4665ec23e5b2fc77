/// The input file a list was read from.
public struct SourceInfo: Sendable, Equatable {
    /// File name without directories.
    public var file: String
    public var format: InputFormat
    /// Lower-case hex SHA-256 of the input bytes.
    public var sha256: String
    /// Page count for paged inputs (PDF), nil otherwise.
    public var pages: Int?

    public init(file: String, format: InputFormat, sha256: String, pages: Int?) {
        self.file = file
        self.format = format
        self.sha256 = sha256
        self.pages = pages
    }
}

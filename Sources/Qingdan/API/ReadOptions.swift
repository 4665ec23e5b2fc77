/// How to read an input.
public struct ReadOptions: Sendable, Equatable {
    /// Force a form instead of detecting it from the bytes.
    public var format: InputFormat?
    /// Password for an encrypted PDF.
    public var password: String?

    public init(format: InputFormat? = nil, password: String? = nil) {
        self.format = format
        self.password = password
    }
}

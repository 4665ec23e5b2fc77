/// One printed column: its header as printed and the canonical key it maps to.
public struct Column: Sendable, Equatable {
    public var key: ColumnKey
    public var header: String

    public init(key: ColumnKey, header: String) {
        self.key = key
        self.header = header
    }
}

/// One printed column: its header as printed and the canonical key it maps to.
public struct Column: Sendable, Equatable {
    public var key: ColumnKey
    public var header: String
    /// The spanning header printed above this one in a two-row grouped header (职责边界划分 over
    /// 上级部门职责 | 乡镇（街道）配合职责), as printed; nil for a column headed on one row.
    public var group: String?

    public init(key: ColumnKey, header: String, group: String? = nil) {
        self.key = key
        self.header = header
        self.group = group
    }
}

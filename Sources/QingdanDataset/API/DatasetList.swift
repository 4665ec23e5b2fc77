import Qingdan

/// One list of a dataset as a page offers it to choose from (a row of the `lists` table).
public struct DatasetList: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var region: String
    public var township: String?
    public var kind: ListKind
    /// Empty when the list has no edition label.
    public var edition: String
    public var items: Int
}

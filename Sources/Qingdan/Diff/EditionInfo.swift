/// Which edition a side of the diff is.
public struct EditionInfo: Sendable, Equatable {
    public var title: String
    /// Input file name, without directories.
    public var file: String
    public var itemCount: Int

    public init(title: String, file: String, itemCount: Int) {
        self.title = title
        self.file = file
        self.itemCount = itemCount
    }

    init(_ list: DutyList) {
        self.init(title: list.title, file: list.source.file, itemCount: list.items.count)
    }
}

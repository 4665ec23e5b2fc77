/// A section row of the list (分类行): a line printed across the table that names the category
/// of the items below it instead of a 事项类别 column (`一、党的建设`, `（一）基层党建`, `党的建设（12项）`).
public struct ListSection: Sendable, Equatable {
    /// The row as printed, wraps undone.
    public var text: String
    /// 1 for a category (一、…), 2 for a sub-category under it (（一）…).
    public var level: Int
    /// The category (level 1) or sub-category (level 2) it gives: the text without its label
    /// and count (`党的建设` of `一、党的建设（12项）`).
    public var title: String
    /// 序号 of the first item under it; nil when no item follows.
    public var firstItem: Int?

    public init(text: String, level: Int, title: String, firstItem: Int?) {
        self.text = text
        self.level = level
        self.title = title
        self.firstItem = firstItem
    }
}

/// An item only one edition has.
public struct ItemSummary: Sendable, Equatable {
    /// 序号 in the edition that has it.
    public var number: Int
    /// 事项名称 without the closing 。.
    public var name: String
    public var category: String?
    public var departments: [String]

    public init(number: Int, name: String, category: String?, departments: [String]) {
        self.number = number
        self.name = name
        self.category = category
        self.departments = departments
    }

    init(_ item: ComparedItem) {
        self.init(number: item.number, name: item.name, category: item.category, departments: item.departments)
    }
}

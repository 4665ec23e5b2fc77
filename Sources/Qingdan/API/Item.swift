/// One row of the list: a duty item (事项).
public struct Item: Sendable, Equatable {
    /// 序号 as printed.
    public var number: Int
    /// 事项类别, wraps undone.
    public var category: String?
    /// 二级类别, or the sub-section row (（一）基层党建) above the item; nil when the list has none.
    public var subcategory: String?
    /// 事项名称, wraps undone, without the closing 。.
    public var name: String
    /// 对应上级部门, one full name per entry.
    public var departments: [String]
    /// 上级部门职责, one section per department heading.
    public var superiorDuties: [Section]
    /// 乡镇（街道）配合职责, as clauses.
    public var townshipDuties: [Clause]
    /// 具体内容 / 履职内容, for lists that have that column.
    public var content: [Clause]?
    /// Every cell keyed by its printed header, as printed with wraps undone; `\n` is a hard break.
    /// Stored in printed column order (see `DutyList.columns`).
    public var cells: [CellEntry]
    public var source: ItemSource

    public init(number: Int, category: String?, name: String, departments: [String], superiorDuties: [Section],
                townshipDuties: [Clause], content: [Clause]?, cells: [CellEntry], source: ItemSource,
                subcategory: String? = nil) {
        self.number = number
        self.category = category
        self.subcategory = subcategory
        self.name = name
        self.departments = departments
        self.superiorDuties = superiorDuties
        self.townshipDuties = townshipDuties
        self.content = content
        self.cells = cells
        self.source = source
    }

    /// The cell printed under `header`, if any.
    public func cell(_ header: String) -> String? {
        cells.first { $0.header == header }?.text
    }
}

/// One cell of an item under its printed header.
public struct CellEntry: Sendable, Equatable {
    public var header: String
    public var text: String

    public init(header: String, text: String) {
        self.header = header
        self.text = text
    }
}

/// Where an item was printed.
public struct ItemSource: Sendable, Equatable {
    /// Pages the row is printed on; empty for inputs without pages.
    public var pages: [Int]
    /// First and last line of the row in a text input.
    public var lines: [Int]?

    public init(pages: [Int] = [], lines: [Int]? = nil) {
        self.pages = pages
        self.lines = lines
    }
}

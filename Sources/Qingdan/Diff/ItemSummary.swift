/// An item only one edition has.
public struct ItemSummary: Sendable, Equatable {
    /// 序号 in the edition that has it.
    public var number: Int
    /// 事项名称 without the closing 。.
    public var name: String
    public var category: String?
    public var departments: [String]
    /// The duty cells as printed (上级部门职责, 乡镇（街道）配合职责, 具体内容), under their
    /// usual names: what a clerk reads to know what went or came.
    public var duties: [Duty]

    public struct Duty: Sendable, Equatable {
        public var title: String
        public var text: String
    }

    public init(number: Int, name: String, category: String?, departments: [String], duties: [Duty] = []) {
        self.number = number
        self.name = name
        self.category = category
        self.departments = departments
        self.duties = duties
    }

    init(_ item: ComparedItem) {
        let duties = item.duties.compactMap { duty -> Duty? in
            let text = duty.column.plainText
            return text.isEmpty ? nil : Duty(title: FieldChange.title(of: duty.key), text: text)
        }
        self.init(number: item.number, name: item.name, category: item.category, departments: item.departments, duties: duties)
    }
}

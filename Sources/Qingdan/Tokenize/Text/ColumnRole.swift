/// What a column of the list holds, recognised from the words of its printed header.
enum ColumnRole: Sendable, Equatable {
    /// 序号
    case number
    /// 事项类别
    case category
    /// 事项名称
    case name
    /// 对应上级部门
    case departments
    /// 上级部门职责
    case superiorDuties
    /// 乡镇（街道）配合职责
    case townshipDuties
    case other

    /// The role a header (or a piece of a wrapped header) names, nil when its words name none.
    init?(headerWords words: String) {
        if (words.hasPrefix("序") && words.count <= 3) || words == "编号" {
            self = .number
        } else if words.contains("职责") {
            self = words.contains("乡镇") || words.contains("街道") || words.contains("配合") ? .townshipDuties : .superiorDuties
        } else if words.contains("乡镇") || words.contains("街道") || words.contains("配合") {
            self = .townshipDuties
        } else if words.contains("类别") || words.contains("类型") {
            self = .category
        } else if words.contains("名称") || words.contains("事项") {
            self = .name
        } else if words.contains("部门") || words.contains("单位") || words.contains("上级") {
            self = .departments
        } else {
            return nil
        }
    }

    /// Duties columns hold paragraphs; the two of them may be printed in either order.
    var isDuties: Bool { self == .superiorDuties || self == .townshipDuties }
    /// Columns whose text is sentences, so a stray 。 can complete them.
    var holdsSentences: Bool { self == .name || isDuties || self == .other }
}

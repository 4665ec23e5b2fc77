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
    /// 备注: empty on most rows of most lists.
    case remarks
    /// 履职依据 / 法律依据: empty on the rows of duties no law or document is cited for.
    case basis
    /// 具体内容: the duties of a 基本履职事项清单, in clauses.
    case content
    /// 责任科室: the township's own office (党建办, 综治中心), a name like a department's.
    case office
    case other

    /// The role a header (or a piece of a wrapped header) names, nil when its words name none;
    /// the words are read by the one header vocabulary (`HeaderVocabulary.likelyKey(of:)`).
    init?(headerWords words: String) {
        guard let key = HeaderVocabulary.likelyKey(of: words) else { return nil }
        self.init(key: key)
    }

    /// The role of the column a header of `key` names.
    init(key: ColumnKey) {
        switch key {
        case .number: self = .number
        case .category, .subcategory: self = .category
        case .name: self = .name
        case .departments: self = .departments
        case .superiorDuties: self = .superiorDuties
        case .townshipDuties: self = .townshipDuties
        case .remarks: self = .remarks
        case .basis: self = .basis
        case .content: self = .content
        case .office: self = .office
        default: self = .other
        }
    }

    /// Duties columns hold paragraphs; the two of them may be printed in either order.
    var isDuties: Bool { self == .superiorDuties || self == .townshipDuties }
    /// Columns whose text is sentences, so a stray 。 can complete them.
    /// Not 责任科室: an office is a name (党建办), ended by no punctuation.
    var holdsSentences: Bool { self == .name || isDuties || (isFreeText && self != .office) }
    /// Columns of free text with no wording of their own to go by (依据, 备注, 责任科室 …).
    var isFreeText: Bool { self == .other || self == .remarks || self == .basis || self == .content || self == .office }
}

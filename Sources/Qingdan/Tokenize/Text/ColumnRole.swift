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
    case other

    /// The role a header (or a piece of a wrapped header) names, nil when its words name none;
    /// the words are read by the one header vocabulary (`HeaderVocabulary.likelyKey(of:)`).
    init?(headerWords words: String) {
        switch HeaderVocabulary.likelyKey(of: words) {
        case nil: return nil
        case .number: self = .number
        case .category, .subcategory: self = .category
        case .name: self = .name
        case .departments: self = .departments
        case .superiorDuties: self = .superiorDuties
        case .townshipDuties: self = .townshipDuties
        case .remarks: self = .remarks
        default: self = .other
        }
    }

    /// Duties columns hold paragraphs; the two of them may be printed in either order.
    var isDuties: Bool { self == .superiorDuties || self == .townshipDuties }
    /// Columns whose text is sentences, so a stray 。 can complete them.
    var holdsSentences: Bool { self == .name || isDuties || isFreeText }
    /// Columns of free text with no wording of their own to go by (依据, 备注, 责任科室 …).
    var isFreeText: Bool { self == .other || self == .remarks }
}

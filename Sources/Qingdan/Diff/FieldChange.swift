/// One changed field of a matched item, keyed like the canonical JSON.
public enum FieldChange: Sendable, Equatable {
    case name(TextChange)
    case category(old: String?, new: String?)
    case departments(DepartmentChange)
    /// superior_duties, township_duties or content.
    case duties(ColumnKey, DutyChange)
    /// A column without structured field (依据, 备注, …), by key and printed header.
    case cell(key: String, header: String, TextChange)

    /// `name`, `category`, `departments`, `superior_duties`, … as in `changes.json`.
    public var key: String {
        switch self {
        case .name: return "name"
        case .category: return "category"
        case .departments: return "departments"
        case .duties(let key, _): return key.description
        case .cell(let key, _, _): return key
        }
    }

    /// The column's usual printed header, for reports.
    public var title: String {
        switch self {
        case .name: return "事项名称"
        case .category: return "事项类别"
        case .departments: return "对应上级部门"
        case .duties(let key, _): return Self.title(of: key)
        case .cell(_, let header, _): return header
        }
    }

    /// The usual printed header of a duty column.
    static func title(of key: ColumnKey) -> String {
        switch key {
        case .superiorDuties: return "上级部门职责"
        case .townshipDuties: return "乡镇（街道）配合职责"
        case .content: return "具体内容"
        default: return key.description
        }
    }
}

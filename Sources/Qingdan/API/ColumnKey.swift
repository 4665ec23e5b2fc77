/// Canonical meaning of a column, whatever its printed header.
public enum ColumnKey: Sendable, Hashable, CustomStringConvertible {
    /// 序号
    case number
    /// 事项类别 (一级类别 where the list prints two levels)
    case category
    /// 二级类别: the second level of a list that prints two category columns
    case subcategory
    /// 事项名称
    case name
    /// 对应上级部门
    case departments
    /// 上级部门职责
    case superiorDuties
    /// 乡镇（街道）配合职责
    case townshipDuties
    /// 具体内容 / 履职内容 / 工作内容 / 主要内容
    case content
    /// 依据 / 法律依据
    case basis
    /// 备注
    case remarks
    /// 责任科室 / 责任单位: the township's own office that does the work (basic lists)
    case office
    /// 工作方式 / 承接方式: how a returned duty is done now (returned lists)
    case method
    /// A column with no canonical meaning, by its 1-based printed position.
    case extra(Int)

    public var description: String {
        switch self {
        case .number: return "number"
        case .category: return "category"
        case .name: return "name"
        case .departments: return "departments"
        case .superiorDuties: return "superior_duties"
        case .townshipDuties: return "township_duties"
        case .content: return "content"
        case .basis: return "basis"
        case .remarks: return "remarks"
        case .subcategory: return "subcategory"
        case .office: return "office"
        case .method: return "method"
        case .extra(let n): return "extra:\(n)"
        }
    }

    public init?(rawValue: String) {
        switch rawValue {
        case "number": self = .number
        case "category": self = .category
        case "name": self = .name
        case "departments": self = .departments
        case "superior_duties": self = .superiorDuties
        case "township_duties": self = .townshipDuties
        case "content": self = .content
        case "basis": self = .basis
        case "remarks": self = .remarks
        case "subcategory": self = .subcategory
        case "office": self = .office
        case "method": self = .method
        default:
            guard rawValue.hasPrefix("extra:"), let n = Int(rawValue.dropFirst(6)) else { return nil }
            self = .extra(n)
        }
    }
}

/// Which of the three lists a township publishes.
public enum ListKind: String, Sendable, Codable, CaseIterable {
    /// 基本履职事项清单
    case basic
    /// 配合履职事项清单
    case cooperative
    /// 上级部门收回事项清单
    case returned
    case other
}

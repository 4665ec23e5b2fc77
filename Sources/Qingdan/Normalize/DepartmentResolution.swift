/// How a printed department name was read.
struct DepartmentResolution: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// Printed in full (a standard name, or the document's own spelling).
        case exact
        /// Printed without its ending (区住房和城乡建设 → 区住房和城乡建设局).
        case truncated
        /// Printed with a part left out or by a short name (区市场监督局 → 区市场监督管理局, 公安 → 市公安局…分局).
        case alias
        /// Matches nothing the document or the standard table names.
        case unknown
    }

    var printed: String
    var name: String
    var kind: Kind

    /// The finding code a resolution is reported under, nil when there is nothing to report.
    var findingCode: String? {
        switch kind {
        case .exact: return nil
        case .truncated: return "department.truncated"
        case .alias: return "department.alias"
        case .unknown: return "department.unknown"
        }
    }
}

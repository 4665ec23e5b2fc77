/// Part of a 上级部门职责 cell under one department heading (区民政局：…).
public struct Section: Sendable, Equatable {
    /// The heading as printed including its ：, or nil when the cell has none.
    public var heading: String?
    /// Departments the heading names, normalized; empty where none resolve.
    public var departments: [String]
    public var clauses: [Clause]

    public init(heading: String?, departments: [String], clauses: [Clause]) {
        self.heading = heading
        self.departments = departments
        self.clauses = clauses
    }
}

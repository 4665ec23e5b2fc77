/// How the 对应上级部门 list changed.
public struct DepartmentChange: Sendable, Equatable {
    /// Departments only in the new edition, in its order.
    public var added: [String]
    /// Departments only in the old edition, in its order.
    public var removed: [String]
    public var old: [String]
    public var new: [String]

    public init(old: [String], new: [String]) {
        self.old = old
        self.new = new
        added = new.filter { !old.contains($0) }
        removed = old.filter { !new.contains($0) }
    }
}

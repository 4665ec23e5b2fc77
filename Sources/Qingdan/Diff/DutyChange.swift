/// How a duty column (上级部门职责, 乡镇（街道）配合职责, 具体内容) changed.
public struct DutyChange: Sendable, Equatable {
    /// Section headings (区民政局：) only in the new edition, and only in the old one.
    public var headingsAdded: [String]
    public var headingsRemoved: [String]
    public var clauses: [ClauseChange]
    /// Diff of the whole cell, given when the clauses alone do not show what changed (a
    /// relabelled clause, a heading edit, a change of line breaks).
    public var cellText: TextChange?

    public init(headingsAdded: [String], headingsRemoved: [String], clauses: [ClauseChange], cellText: TextChange?) {
        self.headingsAdded = headingsAdded
        self.headingsRemoved = headingsRemoved
        self.clauses = clauses
        self.cellText = cellText
    }
}

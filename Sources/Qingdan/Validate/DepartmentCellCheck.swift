/// A line of the 对应上级部门 cell that is no organisation's name: text of the column beside it
/// that a reader put there (`设的处罚`, the end of 事项名称, with the department pushed into 收回依据).
struct DepartmentCellCheck: Sendable {
    func findings(in item: Item, columns: [Column]) -> [Finding] {
        guard let column = columns.first(where: { $0.key == .departments }) else { return [] }
        // The names as resolved: a name printed cut short (区住房和城乡建设) reads as its full name.
        let strays = item.departments.filter { !DepartmentName.looksLikeBody($0) }
        guard let stray = strays.first else { return [] }
        return [Finding(.error, "department.not-a-name", item: item.number, column: column.header,
                        message: "第\(item.number)项“\(column.header)”里的“\(stray)”不像部门名称：多半是旁边一列的文字移到了这一格，请对照原件核对这一行各列")]
    }
}

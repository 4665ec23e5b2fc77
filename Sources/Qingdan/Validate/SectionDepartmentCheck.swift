/// Reports departments a 上级部门职责 heading names that the item's 对应上级部门 does not list.
struct SectionDepartmentCheck: Sendable {
    func findings(in item: Item, column: String?) -> [Finding] {
        var findings: [Finding] = []
        for section in item.superiorDuties {
            for name in section.departments where !item.departments.contains(name) {
                findings.append(Finding(.warning, "department.missing-from-list", item: item.number, column: column,
                                        .departmentMissingFromList(heading: section.heading ?? "", name: name)))
            }
        }
        return findings
    }
}

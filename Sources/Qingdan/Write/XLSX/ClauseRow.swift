/// One clause of a list flattened to a row (sheet 条款 of the XLSX): which item, which column,
/// under which department heading, its label and its text.
struct ClauseRow: Sendable, Equatable {
    var number: Int
    var name: String
    /// Printed header of the column the clause is in.
    var column: String
    /// The section's heading as printed (区民政局：), else the departments it names, "" for none.
    var heading: String
    /// The label as printed; a subclause's label follows its clause's ("2.①").
    var label: String
    var text: String

    /// Every clause of every item, in item order, then column order (上级部门职责 by section,
    /// 乡镇（街道）配合职责, 具体内容), each clause followed by its subclauses.
    static func rows(of list: DutyList) -> [ClauseRow] {
        list.items.flatMap { item -> [ClauseRow] in
            var rows: [ClauseRow] = []
            func add(_ clauses: [Clause], column: String, heading: String, parentLabel: String = "") {
                for clause in clauses {
                    let label = parentLabel + (clause.label ?? "")
                    rows.append(ClauseRow(number: item.number, name: item.name, column: column, heading: heading,
                                          label: label, text: clause.text))
                    add(clause.subclauses, column: column, heading: heading, parentLabel: label)
                }
            }
            for section in item.superiorDuties {
                let heading = section.heading ?? section.departments.joined(separator: "、")
                add(section.clauses, column: header(.superiorDuties, in: list), heading: heading)
            }
            add(item.townshipDuties, column: header(.townshipDuties, in: list), heading: "")
            add(item.content ?? [], column: header(.content, in: list), heading: "")
            return rows
        }
    }

    /// The printed header of `key`'s column, else its usual wording.
    private static func header(_ key: ColumnKey, in list: DutyList) -> String {
        if let column = list.columns.first(where: { $0.key == key }) { return column.header }
        switch key {
        case .superiorDuties: return "上级部门职责"
        case .townshipDuties: return "乡镇（街道）配合职责"
        default: return "具体内容"
        }
    }
}

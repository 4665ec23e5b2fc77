/// One clause flattened for tables (the clauses CSV and the XLSX clause sheet).
public struct ClauseRow: Sendable, Equatable {
    /// 序号 of the item.
    public var number: Int
    /// 事项名称 of the item.
    public var name: String
    /// Printed header of the column the clause is in.
    public var column: String
    /// The section's departments (or its heading when none resolve; the item's department when it
    /// has just one and the cell no headings); empty for the township's own duties.
    public var department: String
    /// Label path as printed: "1." for a clause, "1.①" for its subclause, "" when unnumbered.
    public var label: String
    public var text: String

    /// All clauses of all items in printed order: superior duties, township duties, content.
    public static func rows(of list: DutyList) -> [ClauseRow] {
        let columns = Columns(of: list)
        return list.items.flatMap { rows(of: $0, columns: columns) }
    }

    /// The printed headers of the three clause columns of a list (the usual wording when absent).
    struct Columns {
        var superior: String
        var township: String
        var content: String

        init(of list: DutyList) {
            superior = list.columns.first { $0.key == .superiorDuties }?.header ?? "上级部门职责"
            township = list.columns.first { $0.key == .townshipDuties }?.header ?? "乡镇（街道）配合职责"
            content = list.columns.first { $0.key == .content }?.header ?? "具体内容"
        }
    }

    /// The clauses of one item in printed order, for a writer that hands rows on item by item.
    static func rows(of item: Item, columns: Columns) -> [ClauseRow] {
        var rows: [ClauseRow] = []
        func add(_ clauses: [Clause], column: String, department: String) {
            for clause in clauses {
                let label = clause.label ?? ""
                rows.append(ClauseRow(number: item.number, name: item.name, column: column,
                                      department: department, label: label, text: clause.text))
                for sub in clause.subclauses {
                    rows.append(ClauseRow(number: item.number, name: item.name, column: column,
                                          department: department, label: label + (sub.label ?? ""), text: sub.text))
                }
            }
        }
        // A cell without headings in an item of one department is that department's duty.
        let soleDepartment = item.superiorDuties.count == 1 && item.departments.count == 1 ? item.departments[0] : ""
        for section in item.superiorDuties {
            let department = !section.departments.isEmpty ? section.departments.joined(separator: "、")
                : section.heading.map(Self.headingName) ?? soleDepartment
            add(section.clauses, column: columns.superior, department: department)
        }
        add(item.townshipDuties, column: columns.township, department: "")
        if let content = item.content { add(content, column: columns.content, department: "") }
        return rows
    }

    /// A heading without its closing colon.
    static func headingName(_ heading: String) -> String {
        var name = Substring(heading)
        while let last = name.last, last == "：" || last == ":" { name = name.dropLast() }
        return String(name)
    }
}

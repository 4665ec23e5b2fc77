/// An item reduced to what identifies and distinguishes it between editions. Structured fields
/// are preferred (departments excepted, see below); where the normalizer left one empty, the
/// printed cell stands in for it.
struct ComparedItem: Sendable {
    let number: Int
    /// 事项名称 without the closing 。.
    let name: String
    let category: String?
    let departments: [String]
    /// Duty columns in a fixed order: superior_duties, township_duties, content.
    let duties: [(key: ColumnKey, column: DutyColumn)]
    /// Cells of columns with no structured field (依据, 备注, unnamed ones), by field key.
    let otherCells: [(key: String, header: String, text: String)]

    /// All duty columns as one text, for similarity and as an exact-match key.
    let dutyText: String
    let nameProfile: BigramProfile
    let dutyProfile: BigramProfile
    let departmentProfile: BigramProfile

    init(_ item: Item, columns: [Column]) {
        func cell(_ key: ColumnKey) -> String? {
            columns.first { $0.key == key }.flatMap { item.cell($0.header) }
        }
        number = item.number
        name = ComparedItem.bareName(item.name.isEmpty ? cell(.name) ?? "" : item.name)
        let category = item.category ?? cell(.category)
        self.category = category.flatMap { $0.isEmpty ? nil : $0 }
        // Departments as printed, one per line: a corrected name (区住房和城乡建设 → …建设局) is a
        // change of the published list even where the normalizer resolves both to one name.
        let printed = (cell(.departments) ?? "").split(separator: "\n").map { String($0) }
        departments = printed.isEmpty ? item.departments : printed

        var duties: [(key: ColumnKey, column: DutyColumn)] = [
            (.superiorDuties, DutyColumn(sections: item.superiorDuties, cellText: cell(.superiorDuties))),
            (.townshipDuties, DutyColumn(clauses: item.townshipDuties, cellText: cell(.townshipDuties))),
        ]
        if item.content != nil || cell(.content) != nil {
            duties.append((.content, DutyColumn(clauses: item.content ?? [], cellText: cell(.content))))
        }
        self.duties = duties

        let structured: Set<ColumnKey> = [.number, .category, .name, .departments, .superiorDuties, .townshipDuties, .content]
        otherCells = columns.filter { !structured.contains($0.key) }.map { column in
            let key: String
            if case .extra = column.key { key = column.header } else { key = column.key.description }
            return (key, column.header, item.cell(column.header) ?? "")
        }

        nameProfile = BigramProfile(name)
        dutyText = duties.map(\.column.plainText).joined(separator: "\n")
        dutyProfile = BigramProfile(dutyText)
        departmentProfile = BigramProfile(departments.joined(separator: "\n"))
    }

    func duty(_ key: ColumnKey) -> DutyColumn? {
        duties.first { $0.key == key }?.column
    }

    /// Names are compared without surrounding spaces and the closing 。 some editions print.
    static func bareName(_ name: String) -> String {
        var name = Substring(name).trimmingSpaces
        while let last = name.last, last == "。" || last == "." {
            name = name.dropLast().trimmingSpaces
        }
        return String(name)
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return s
    }
}

/// A duty column (上级部门职责, 乡镇（街道）配合职责, 具体内容) of one item, in the two forms the
/// diff compares: the clause structure the normalizer produced, and the cell text as printed.
/// Either alone may be missing or coarse, so the column counts as changed when either differs.
struct DutyColumn: Sendable, Equatable {
    var units: [ClauseUnit]
    var headings: [String]
    var cellText: String?

    init(sections: [Section], cellText: String?) {
        headings = sections.compactMap(\.heading)
        units = sections.flatMap { section in section.clauses.map { ClauseUnit(section: section.heading, clause: $0) } }
        self.cellText = cellText
        if units.isEmpty { units = DutyColumn.paragraphs(of: cellText) }
    }

    init(clauses: [Clause], cellText: String?) {
        self.init(sections: clauses.isEmpty ? [] : [Section(heading: nil, departments: [], clauses: clauses)], cellText: cellText)
    }

    /// The text the matcher compares: the cell as printed, or the clauses run together.
    var plainText: String {
        cellText ?? units.map { ($0.label ?? "") + $0.text }.joined(separator: "\n")
    }

    /// Without any clause structure, each printed paragraph stands for one clause.
    private static func paragraphs(of text: String?) -> [ClauseUnit] {
        guard let text else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { ClauseUnit(section: nil, label: nil, text: String($0)) }
    }
}

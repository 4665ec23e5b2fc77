/// One line of a report's summary table: a kind of change and how many items it concerns.
struct DiffSummaryRow: Sendable, Equatable {
    var title: String
    var count: Int
    /// A breakdown of the modified items by field.
    var isField: Bool

    /// Removed, added, modified (then per field: the five standard ones always, others where they
    /// changed), renumbered, unchanged.
    static func rows(of diff: ListDiff, language: Language) -> [DiffSummaryRow] {
        var fields: [(key: String, title: String)] = [
            ("name", "事项名称"), ("category", "事项类别"), ("departments", "对应上级部门"),
            ("superior_duties", "上级部门职责"), ("township_duties", "乡镇（街道）配合职责"),
        ]
        for field in diff.changedFields where !fields.contains(where: { $0.key == field.key }) { fields.append(field) }
        return [
            DiffSummaryRow(title: language.text(.removedItems), count: diff.removed.count, isField: false),
            DiffSummaryRow(title: language.text(.addedItems), count: diff.added.count, isField: false),
            DiffSummaryRow(title: language.text(.modifiedItems), count: diff.modified.count, isField: false),
        ] + fields.map { field in
            DiffSummaryRow(title: language.text(field.key == "name" ? .fieldRenamed : .fieldChanged(field.title)),
                           count: diff.modifiedCount(field: field.key), isField: true)
        } + [
            DiffSummaryRow(title: language.text(.renumberedOnly), count: diff.renumbered, isField: false),
            DiffSummaryRow(title: language.text(.unchanged), count: diff.unchanged, isField: false),
        ]
    }
}

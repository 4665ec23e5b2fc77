import Qingdan

/// One field change of an item between editions, as plain text lines for a report: what kind of
/// change, in which column, and the old and new wording (the diff's clause comparison).
struct ChangeLine: Equatable {
    var field: String
    var change: String
    var detail: String

    static func lines(of field: FieldChange) -> [ChangeLine] {
        let title = field.title
        switch field {
        case .name(let text):
            return [ChangeLine(field: title, change: DatasetText.reworded, detail: "\(text.old) → \(text.new)")]
        case .category(let old, let new):
            return [ChangeLine(field: title, change: DatasetText.moved, detail: "\(old ?? "") → \(new ?? "")")]
        case .departments(let change):
            var lines = change.added.map { ChangeLine(field: title, change: DatasetText.added, detail: $0) }
            lines += change.removed.map { ChangeLine(field: title, change: DatasetText.removed, detail: $0) }
            if lines.isEmpty {
                lines.append(ChangeLine(field: title, change: DatasetText.orderChanged,
                                        detail: change.old.joined(separator: "、") + " → " + change.new.joined(separator: "、")))
            }
            return lines
        case .duties(_, let change):
            var lines = change.headingsAdded.map { ChangeLine(field: title, change: DatasetText.headingAdded, detail: $0) }
            lines += change.headingsRemoved.map { ChangeLine(field: title, change: DatasetText.headingRemoved, detail: $0) }
            for clause in change.clauses {
                let section = clause.section.map { $0 + " " } ?? ""
                switch clause.kind {
                case .added:
                    lines.append(ChangeLine(field: title, change: DatasetText.added, detail: section + (clause.newLabel ?? "") + (clause.newText ?? "")))
                case .removed:
                    lines.append(ChangeLine(field: title, change: DatasetText.removed, detail: section + (clause.oldLabel ?? "") + (clause.oldText ?? "")))
                case .reworded:
                    lines.append(ChangeLine(field: title, change: DatasetText.reworded,
                                            detail: section + (clause.oldLabel ?? "") + (clause.oldText ?? "") + " → "
                                                + (clause.newLabel ?? "") + (clause.newText ?? "")))
                }
            }
            if let cell = change.cellText {
                lines.append(ChangeLine(field: title, change: DatasetText.cellChanged, detail: "\(cell.old) → \(cell.new)"))
            }
            return lines
        case .cell(_, _, let text):
            return [ChangeLine(field: title, change: DatasetText.reworded, detail: "\(text.old) → \(text.new)")]
        }
    }
}

import Qingdan

/// One field change of an item between editions, as plain text lines for a report: what kind of
/// change, in which column, and the old and new wording (the diff's clause comparison).
struct ChangeLine: Equatable {
    var field: String
    var change: String
    var detail: String

    static func lines(of field: FieldChange, _ words: DatasetText) -> [ChangeLine] {
        let title = field.title
        switch field {
        case .name(let text):
            return [ChangeLine(field: title, change: words.reworded, detail: "\(text.old) → \(text.new)")]
        case .category(let old, let new):
            return [ChangeLine(field: title, change: words.moved, detail: "\(old ?? "") → \(new ?? "")")]
        case .departments(let change):
            var lines = change.added.map { ChangeLine(field: title, change: words.added, detail: $0) }
            lines += change.removed.map { ChangeLine(field: title, change: words.removed, detail: $0) }
            if lines.isEmpty {
                lines.append(ChangeLine(field: title, change: words.orderChanged,
                                        detail: change.old.joined(separator: "、") + " → " + change.new.joined(separator: "、")))
            }
            return lines
        case .duties(_, let change):
            var lines = change.headingsAdded.map { ChangeLine(field: title, change: words.headingAdded, detail: $0) }
            lines += change.headingsRemoved.map { ChangeLine(field: title, change: words.headingRemoved, detail: $0) }
            for clause in change.clauses {
                let section = clause.section.map { $0 + " " } ?? ""
                switch clause.kind {
                case .added:
                    lines.append(ChangeLine(field: title, change: words.added, detail: section + (clause.newLabel ?? "") + (clause.newText ?? "")))
                case .removed:
                    lines.append(ChangeLine(field: title, change: words.removed, detail: section + (clause.oldLabel ?? "") + (clause.oldText ?? "")))
                case .reworded:
                    lines.append(ChangeLine(field: title, change: words.reworded,
                                            detail: section + (clause.oldLabel ?? "") + (clause.oldText ?? "") + " → "
                                                + (clause.newLabel ?? "") + (clause.newText ?? "")))
                }
            }
            if let cell = change.cellText {
                lines.append(ChangeLine(field: title, change: words.cellChanged, detail: "\(cell.old) → \(cell.new)"))
            }
            return lines
        case .cell(_, _, let text):
            return [ChangeLine(field: title, change: words.reworded, detail: "\(text.old) → \(text.new)")]
        }
    }
}

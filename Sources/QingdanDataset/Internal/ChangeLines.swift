import Qingdan

/// One field change of an item between editions, as plain text lines for a report: what kind of
/// change, in which column, and the old and new wording (the diff's clause comparison). The
/// field and the detail are the lists' own words; the kind is worded in the report's language
/// when the report is made, so that the lines can be stored once (`ItemSteps`) for every language.
struct ChangeLine: Equatable {
    var field: String
    var kind: Kind
    var detail: String

    /// What happened to the field, stored as its raw value (`item_steps.packed`): never renumber.
    enum Kind: Int, CaseIterable {
        case reworded = 0, moved = 1, added = 2, removed = 3, orderChanged = 4, headingAdded = 5, headingRemoved = 6, cellChanged = 7

        func word(_ words: DatasetText) -> String {
            switch self {
            case .reworded: return words.reworded
            case .moved: return words.moved
            case .added: return words.added
            case .removed: return words.removed
            case .orderChanged: return words.orderChanged
            case .headingAdded: return words.headingAdded
            case .headingRemoved: return words.headingRemoved
            case .cellChanged: return words.cellChanged
            }
        }
    }

    static func lines(of field: FieldChange) -> [ChangeLine] {
        let title = field.title
        switch field {
        case .name(let text):
            return [ChangeLine(field: title, kind: .reworded, detail: "\(text.old) → \(text.new)")]
        case .category(let old, let new):
            return [ChangeLine(field: title, kind: .moved, detail: "\(old ?? "") → \(new ?? "")")]
        case .departments(let change):
            var lines = change.added.map { ChangeLine(field: title, kind: .added, detail: $0) }
            lines += change.removed.map { ChangeLine(field: title, kind: .removed, detail: $0) }
            if lines.isEmpty {
                lines.append(ChangeLine(field: title, kind: .orderChanged,
                                        detail: change.old.joined(separator: "、") + " → " + change.new.joined(separator: "、")))
            }
            return lines
        case .duties(_, let change):
            var lines = change.headingsAdded.map { ChangeLine(field: title, kind: .headingAdded, detail: $0) }
            lines += change.headingsRemoved.map { ChangeLine(field: title, kind: .headingRemoved, detail: $0) }
            for clause in change.clauses {
                let section = clause.section.map { $0 + " " } ?? ""
                switch clause.kind {
                case .added:
                    lines.append(ChangeLine(field: title, kind: .added, detail: section + (clause.newLabel ?? "") + (clause.newText ?? "")))
                case .removed:
                    lines.append(ChangeLine(field: title, kind: .removed, detail: section + (clause.oldLabel ?? "") + (clause.oldText ?? "")))
                case .reworded:
                    lines.append(ChangeLine(field: title, kind: .reworded,
                                            detail: section + (clause.oldLabel ?? "") + (clause.oldText ?? "") + " → "
                                                + (clause.newLabel ?? "") + (clause.newText ?? "")))
                }
            }
            if let cell = change.cellText {
                lines.append(ChangeLine(field: title, kind: .cellChanged, detail: "\(cell.old) → \(cell.new)"))
            }
            return lines
        case .cell(_, _, let text):
            return [ChangeLine(field: title, kind: .reworded, detail: "\(text.old) → \(text.new)")]
        }
    }
}

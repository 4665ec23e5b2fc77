/// Writes a diff as Markdown that reads well on a code-hosting site: a summary table, the
/// removed and added items as tables, and one section per modified item with inline diffs.
///
/// Inline changes use `<del>` and `<ins>` rather than `~~` and `**`: emphasis delimiters next
/// to CJK punctuation (，。：) often fail CommonMark's flanking rules and print literally.
public struct DiffMarkdownWriter: Sendable {
    public init() {}

    public func render(_ diff: ListDiff) -> String {
        var out = "# Changes: \(escape(diff.new.title))\n\n"
        out += "Old edition: `\(code(diff.old.file))` (\(diff.old.itemCount) items) → "
        out += "new edition: `\(code(diff.new.file))` (\(diff.new.itemCount) items)\n\n"
        if diff.titleChanged {
            out += "Title: \(inline(TextChange(old: diff.old.title, new: diff.new.title).runs))\n\n"
        }
        if diff.isEmpty { out += "The two editions are the same.\n\n" }
        out += summary(diff)
        if !diff.removed.isEmpty { out += "## Removed items\n\n" + table(diff.removed, numberTitle: "Old 序号") }
        if !diff.added.isEmpty { out += "## Added items\n\n" + table(diff.added, numberTitle: "New 序号") }
        if !diff.modified.isEmpty {
            out += "## Modified items\n\n"
            for change in diff.modified { out += section(change) }
        }
        return out
    }

    private func summary(_ diff: ListDiff) -> String {
        "| Change | Items |\n| --- | ---: |\n" + DiffSummaryRow.rows(of: diff).map { row in
            "| \(row.isField ? "↳ " : "")\(escape(row.title)) | \(row.count) |\n"
        }.joined() + "\n"
    }

    private func table(_ items: [ItemSummary], numberTitle: String) -> String {
        var out = "| \(numberTitle) | 事项名称 | 事项类别 | 对应上级部门 |\n| ---: | --- | --- | --- |\n"
        for item in items {
            out += "| \(item.number) | \(escape(item.name)) | \(escape(item.category ?? "")) | "
            out += "\(item.departments.map(escape).joined(separator: "<br>")) |\n"
        }
        return out + "\n"
    }

    private func section(_ change: ItemChange) -> String {
        var out = "### \(change.numbers) · \(change.names(escape))\n\n"
        for field in change.fields { out += self.field(field) }
        return out + "\n"
    }

    private func field(_ field: FieldChange) -> String {
        let title = "- **\(escape(field.title))**"
        switch field {
        case .name(let text):
            return "\(title) (renamed): \(inline(text.runs))\n"
        case .category(let old, let new):
            return "\(title) (moved): \(deleted(old ?? "")) → \(inserted(new ?? ""))\n"
        case .departments(let change):
            var parts: [String] = []
            if !change.added.isEmpty { parts.append("added " + change.added.map(inserted).joined(separator: "、")) }
            if !change.removed.isEmpty { parts.append("removed " + change.removed.map(deleted).joined(separator: "、")) }
            if parts.isEmpty {
                parts.append("order changed: " + change.old.map(escape).joined(separator: "、") + " → " + change.new.map(escape).joined(separator: "、"))
            }
            return "\(title): \(parts.joined(separator: "; "))\n"
        case .duties(_, let change):
            var out = "\(title):\n"
            if !change.headingsAdded.isEmpty { out += "  - headings added: \(change.headingsAdded.map(inserted).joined(separator: " "))\n" }
            if !change.headingsRemoved.isEmpty { out += "  - headings removed: \(change.headingsRemoved.map(deleted).joined(separator: " "))\n" }
            for clause in change.clauses { out += "  - \(self.clause(clause))\n" }
            if let cell = change.cellText { out += "  - cell: \(inline(cell.runs))\n" }
            return out
        case .cell(_, _, let text):
            return "\(title): \(inline(text.runs))\n"
        }
    }

    private func clause(_ clause: ClauseChange) -> String {
        let section = clause.section.map { escape($0) + " " } ?? ""
        switch clause.kind {
        case .added:
            return "added \(section)\(label(clause.newLabel))\(inserted(clause.newText ?? ""))"
        case .removed:
            return "removed \(section)\(label(clause.oldLabel))\(deleted(clause.oldText ?? ""))"
        case .reworded:
            let labels = clause.oldLabel == clause.newLabel
                ? label(clause.newLabel)
                : "\(escape(clause.oldLabel ?? "–")) → \(label(clause.newLabel))"
            return "reworded \(section)\(labels)\(inline(clause.runs))"
        }
    }

    private func label(_ label: String?) -> String { label.map { escape($0) + " " } ?? "" }

    private func inline(_ runs: [DiffRun]) -> String {
        runs.map { run in
            switch run.operation {
            case .equal: return escape(run.text)
            case .insert: return inserted(run.text)
            case .delete: return deleted(run.text)
            }
        }.joined()
    }

    private func inserted(_ text: String) -> String { "<ins>\(escape(text))</ins>" }
    private func deleted(_ text: String) -> String { "<del>\(escape(text))</del>" }

    /// Text safe inside a list item or table cell: HTML specials as entities, Markdown
    /// punctuation backslash-escaped, hard breaks as `<br>`.
    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r\n": out += "<br>"
            case "\r": break
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// File names go in code spans, where only a backtick could break out.
    private func code(_ text: String) -> String { String(text.map { $0 == "`" ? "'" : $0 }) }
}

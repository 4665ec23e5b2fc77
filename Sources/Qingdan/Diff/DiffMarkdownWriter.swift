/// Writes a diff as Markdown that reads well on a code-hosting site: a summary table, the
/// removed and added items as tables, and one section per modified item with inline diffs.
///
/// Inline changes use `<del>` and `<ins>` rather than `~~` and `**`: emphasis delimiters next
/// to CJK punctuation (，。：) often fail CommonMark's flanking rules and print literally.
///
/// Labels are in `language` (Chinese by default).
public struct DiffMarkdownWriter: Sendable {
    public var language: Language

    public init(language: Language = .chinese) { self.language = language }

    private func t(_ phrase: Phrase) -> String { language.text(phrase) }

    public func render(_ diff: ListDiff) -> String {
        var out = "# \(t(.diffTitle(escape(diff.new.title))))\n\n"
        out += t(.editions(old: "`\(code(diff.old.file))`", oldItems: diff.old.itemCount,
                           new: "`\(code(diff.new.file))`", newItems: diff.new.itemCount)) + "\n\n"
        if diff.titleChanged {
            out += "\(t(.titleChanged))\(t(.colon))\(inline(TextChange(old: diff.old.title, new: diff.new.title).runs))\n\n"
        }
        if diff.isEmpty { out += t(.editionsSame) + "\n\n" }
        out += summary(diff)
        if !diff.removed.isEmpty { out += "## \(t(.removedItems))\n\n" + table(diff.removed, numberTitle: t(.oldNumber)) }
        if !diff.added.isEmpty { out += "## \(t(.addedItems))\n\n" + table(diff.added, numberTitle: t(.newNumber)) }
        if !diff.modified.isEmpty {
            out += "## \(t(.modifiedItems))\n\n"
            for change in diff.modified { out += section(change) }
        }
        return out
    }

    private func summary(_ diff: ListDiff) -> String {
        "| \(t(.summaryChange)) | \(t(.summaryItems)) |\n| --- | ---: |\n" + DiffSummaryRow.rows(of: diff, language: language).map { row in
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
            return "\(title)\(t(.aside(t(.renamed))))\(t(.colon))\(inline(text.runs))\n"
        case .category(let old, let new):
            return "\(title)\(t(.aside(t(.moved))))\(t(.colon))\(deleted(old ?? "")) → \(inserted(new ?? ""))\n"
        case .departments(let change):
            var parts: [String] = []
            if !change.added.isEmpty { parts.append(t(.added) + " " + change.added.map(inserted).joined(separator: "、")) }
            if !change.removed.isEmpty { parts.append(t(.removed) + " " + change.removed.map(deleted).joined(separator: "、")) }
            if parts.isEmpty {
                parts.append(t(.reordered) + t(.colon) + change.old.map(escape).joined(separator: "、") + " → " + change.new.map(escape).joined(separator: "、"))
            }
            return "\(title)\(t(.colon))\(parts.joined(separator: t(.listSeparator)))\n"
        case .duties(_, let change):
            var out = "\(title)\(t(.colon))\n"
            if !change.headingsAdded.isEmpty { out += "  - \(t(.headingAdded))\(t(.colon))\(change.headingsAdded.map(inserted).joined(separator: " "))\n" }
            if !change.headingsRemoved.isEmpty { out += "  - \(t(.headingRemoved))\(t(.colon))\(change.headingsRemoved.map(deleted).joined(separator: " "))\n" }
            for clause in change.clauses { out += "  - \(self.clause(clause))\n" }
            if let cell = change.cellText { out += "  - \(t(.wholeCell))\(t(.colon))\(inline(cell.runs))\n" }
            return out
        case .cell(_, _, let text):
            return "\(title)\(t(.colon))\(inline(text.runs))\n"
        }
    }

    private func clause(_ clause: ClauseChange) -> String {
        let section = clause.section.map { escape($0) + " " } ?? ""
        switch clause.kind {
        case .added:
            return "\(t(.added)) \(section)\(label(clause.newLabel))\(inserted(clause.newText ?? ""))"
        case .removed:
            return "\(t(.removed)) \(section)\(label(clause.oldLabel))\(deleted(clause.oldText ?? ""))"
        case .reworded:
            let labels = clause.oldLabel == clause.newLabel
                ? label(clause.newLabel)
                : "\(escape(clause.oldLabel ?? "–")) → \(label(clause.newLabel))"
            return "\(t(.reworded)) \(section)\(labels)\(inline(clause.runs))"
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

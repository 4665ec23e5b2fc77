/// Writes a diff as one self-contained HTML page (inline CSS, no scripts or external assets):
/// a summary at the top, the removed and added items, then one section per modified item with
/// insertions and deletions coloured. All text is escaped.
/// Labels are in `language` (Chinese by default).
public struct DiffHTMLWriter: Sendable {
    public var language: Language

    public init(language: Language = .chinese) { self.language = language }

    private func t(_ phrase: Phrase) -> String { language.text(phrase) }

    public func render(_ diff: ListDiff) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.tag)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(t(.diffTitle(escape(diff.new.title))))</title>
        <style>\(DiffHTMLWriter.style)</style>
        </head>
        <body>
        <h1>\(t(.diffTitle(escape(diff.new.title))))</h1>
        <p class="editions">\(t(.editions(old: "<code>\(escape(diff.old.file))</code>", oldItems: diff.old.itemCount,
                                         new: "<code>\(escape(diff.new.file))</code>", newItems: diff.new.itemCount)))</p>

        """
        if diff.titleChanged {
            out += "<p>\(t(.titleChanged))\(t(.colon))\(inline(TextChange(old: diff.old.title, new: diff.new.title).runs))</p>\n"
        }
        if diff.isEmpty { out += "<p class=\"same\">\(t(.editionsSame))</p>\n" }
        out += summary(diff)
        if !diff.removed.isEmpty {
            out += "<section id=\"removed\">\n<h2>\(t(.removedItems))</h2>\n" + table(diff.removed, numberTitle: t(.oldNumber), cssClass: "removed") + "</section>\n"
        }
        if !diff.added.isEmpty {
            out += "<section id=\"added\">\n<h2>\(t(.addedItems))</h2>\n" + table(diff.added, numberTitle: t(.newNumber), cssClass: "added") + "</section>\n"
        }
        if !diff.modified.isEmpty {
            out += "<h2 id=\"modified\">\(t(.modifiedItems))</h2>\n"
            for change in diff.modified { out += section(change) }
        }
        return out + "</body>\n</html>\n"
    }

    private static let style = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;\
    margin:2em auto;max-width:60em;padding:0 1em;line-height:1.6;color:#1f2328}\
    h1{font-size:1.5em;border-bottom:1px solid #d0d7de;padding-bottom:.3em}\
    h2{font-size:1.25em;margin-top:1.6em}h3{font-size:1.05em;margin:0 0 .5em}\
    table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:.25em .7em;text-align:left;vertical-align:top}\
    th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}\
    tr.sub td:first-child{padding-left:2em;color:#57606a}\
    tr.removed td{background:#fff5f5}tr.added td{background:#f3fbf4}\
    section.item{border:1px solid #d0d7de;border-radius:6px;padding:.8em 1em;margin:1em 0}\
    .num{color:#57606a;font-weight:normal;margin-right:.5em}\
    dl{margin:0}dt{font-weight:bold;margin-top:.5em}dd{margin:0 0 0 1em}\
    ul{margin:.2em 0;padding-left:1.2em}\
    .kind{display:inline-block;min-width:6.5em;margin-right:.3em;font-size:.8em;color:#57606a;text-transform:uppercase}\
    .label{color:#57606a;margin-right:.2em}\
    .text{white-space:pre-wrap}\
    ins{background:#ccffd8;color:#055d20;text-decoration:none;border-radius:2px}\
    del{background:#ffd7d5;color:#82071e;text-decoration:line-through;border-radius:2px}
    """

    private func summary(_ diff: ListDiff) -> String {
        var out = "<table class=\"summary\">\n<tr><th>\(t(.summaryChange))</th><th>\(t(.summaryItems))</th></tr>\n"
        for row in DiffSummaryRow.rows(of: diff, language: language) {
            out += "<tr\(row.isField ? " class=\"sub\"" : "")><td>\(escape(row.title))</td><td class=\"n\">\(row.count)</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func table(_ items: [ItemSummary], numberTitle: String, cssClass: String) -> String {
        var out = "<table>\n<tr><th>\(numberTitle)</th><th>事项名称</th><th>事项类别</th><th>对应上级部门</th></tr>\n"
        for item in items {
            out += "<tr class=\"\(cssClass)\"><td class=\"n\">\(item.number)</td><td>\(escape(item.name))</td>"
            out += "<td>\(escape(item.category ?? ""))</td><td>\(item.departments.map(escape).joined(separator: "<br>"))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func section(_ change: ItemChange) -> String {
        var out = "<section class=\"item\">\n<h3><span class=\"num\">\(change.numbers)</span>\(change.names(escape))</h3>\n<dl>\n"
        for field in change.fields { out += self.field(field) }
        return out + "</dl>\n</section>\n"
    }

    private func field(_ field: FieldChange) -> String {
        var out = "<dt>\(escape(field.title))</dt>\n<dd>"
        switch field {
        case .name(let text):
            out += "<span class=\"text\">\(inline(text.runs))</span>"
        case .category(let old, let new):
            out += "<del>\(escape(old ?? ""))</del> → <ins>\(escape(new ?? ""))</ins>"
        case .departments(let change):
            var items: [String] = []
            items += change.added.map { "<li><span class=\"kind\">\(t(.added))</span><ins>\(escape($0))</ins></li>" }
            items += change.removed.map { "<li><span class=\"kind\">\(t(.removed))</span><del>\(escape($0))</del></li>" }
            if items.isEmpty {
                items.append("<li><span class=\"kind\">\(t(.reordered))</span>\(change.old.map(escape).joined(separator: "、")) → \(change.new.map(escape).joined(separator: "、"))</li>")
            }
            out += "<ul>" + items.joined() + "</ul>"
        case .duties(_, let change):
            var items: [String] = []
            items += change.headingsAdded.map { "<li><span class=\"kind\">\(t(.headingAdded))</span><ins>\(escape($0))</ins></li>" }
            items += change.headingsRemoved.map { "<li><span class=\"kind\">\(t(.headingRemoved))</span><del>\(escape($0))</del></li>" }
            items += change.clauses.map(clause)
            if let cell = change.cellText {
                items.append("<li><span class=\"kind\">\(t(.wholeCell))</span><span class=\"text\">\(inline(cell.runs))</span></li>")
            }
            out += "<ul>" + items.joined(separator: "\n") + "</ul>"
        case .cell(_, _, let text):
            out += "<span class=\"text\">\(inline(text.runs))</span>"
        }
        return out + "</dd>\n"
    }

    private func clause(_ clause: ClauseChange) -> String {
        let section = clause.section.map { "<span class=\"label\">\(escape($0))</span>" } ?? ""
        let body: String
        switch clause.kind {
        case .added:
            body = label(clause.newLabel) + "<ins>\(escape(clause.newText ?? ""))</ins>"
        case .removed:
            body = label(clause.oldLabel) + "<del>\(escape(clause.oldText ?? ""))</del>"
        case .reworded:
            let labels = clause.oldLabel == clause.newLabel
                ? label(clause.newLabel)
                : "<span class=\"label\">\(escape(clause.oldLabel ?? "–")) →</span>" + label(clause.newLabel)
            body = labels + inline(clause.runs)
        }
        return "<li><span class=\"kind\">\(kindName(clause.kind))</span>\(section)<span class=\"text\">\(body)</span></li>"
    }

    private func kindName(_ kind: ClauseChange.Kind) -> String {
        switch kind {
        case .added: return t(.added)
        case .removed: return t(.removed)
        case .reworded: return t(.reworded)
        }
    }

    private func label(_ label: String?) -> String {
        label.map { "<span class=\"label\">\(escape($0))</span>" } ?? ""
    }

    private func inline(_ runs: [DiffRun]) -> String {
        runs.map { run in
            switch run.operation {
            case .equal: return escape(run.text)
            case .insert: return "<ins>\(escape(run.text))</ins>"
            case .delete: return "<del>\(escape(run.text))</del>"
            }
        }.joined()
    }

    private func escape(_ text: String) -> String {
        XMLEscaping.escaped(text)
    }
}

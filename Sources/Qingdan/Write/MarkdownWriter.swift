/// Writes a Markdown rendering meant to be read (rendered or printed): title, counts per category,
/// contents, then one section per item with its departments and its clauses as lists.
/// Qingdan's own labels are in `language` (Chinese by default); the list's headers as printed.
public struct MarkdownWriter: Sendable {
    public var language: Language

    public init(language: Language = .chinese) { self.language = language }

    public func render(_ list: DutyList) -> String {
        var text = MarkdownText()
        // A buffer kept in memory hands nothing on, so it cannot fail.
        try? write(list, into: &text)
        return text.text
    }

    /// The same text appended to `out` as UTF-8 bytes, handed on item by item.
    public func write(_ list: DutyList, to out: inout OutputBuffer) throws(QingdanError) {
        var text = MarkdownText(out: out)
        out = OutputBuffer()
        try write(list, into: &text)
        out = text.out
    }

    private func write(_ list: DutyList, into out: inout MarkdownText) throws(QingdanError) {
        out.line("# " + MarkdownText.escape(list.title.isEmpty ? list.source.file : list.title))
        out.blank()
        let file = "`" + String(list.source.file.map { $0 == "`" ? "'" : $0 }) + "`"
        out.line(language.text(.listSummary(items: list.items.count, file: file, format: list.source.format.rawValue,
                                            pages: list.source.pages)))
        out.blank()
        renderCounts(list, into: &out)
        renderContents(list, into: &out)
        for item in list.items {
            renderItem(item, list: list, into: &out)
            try out.flushIfFull()
        }
        renderFindings(list, into: &out)
    }

    private func header(_ key: ColumnKey, in list: DutyList, default fallback: String) -> String {
        list.columns.first { $0.key == key }?.header ?? fallback
    }

    private func renderCounts(_ list: DutyList, into out: inout MarkdownText) {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for item in list.items {
            let category = item.category ?? language.text(.noCategory)
            if counts[category] == nil { order.append(category) }
            counts[category, default: 0] += 1
        }
        guard !order.isEmpty else { return }
        out.section("## " + language.text(.categoryCounts), lines: [
            "| \(MarkdownText.escape(header(.category, in: list, default: "事项类别"))) | \(language.text(.itemCount)) |",
            "| --- | ---: |",
        ] + order.map { "| \(MarkdownText.escape($0)) | \(counts[$0] ?? 0) |" } + ["| **\(language.text(.total))** | **\(list.items.count)** |"])
    }

    private func renderContents(_ list: DutyList, into out: inout MarkdownText) {
        out.section("## " + language.text(.contents), lines: list.items.map { item in
            let category = item.category.map { "（\(MarkdownText.escape($0))）" } ?? ""
            return "- [\(item.number). \(MarkdownText.escape(item.name))](#item-\(item.number))\(category)"
        })
    }

    private func renderItem(_ item: Item, list: DutyList, into out: inout MarkdownText) {
        out.raw("<a id=\"item-")
        out.number(item.number)
        out.raw("\"></a>")
        out.endLine()
        out.blank()
        out.raw("## ")
        out.number(item.number)
        out.raw(". ")
        out.escaped(item.name)
        out.endLine()
        out.blank()
        if let category = item.category {
            out.raw("- **" + header(.category, in: list, default: "事项类别") + "**：")
            out.escaped(category)
            out.endLine()
        }
        if !item.departments.isEmpty {
            out.raw("- **" + header(.departments, in: list, default: "对应上级部门") + "**：")
            for (index, name) in item.departments.enumerated() {
                if index > 0 { out.raw("、") }
                out.escaped(name)
            }
            out.endLine()
        }
        out.blank()
        if !item.superiorDuties.isEmpty {
            out.line("### " + header(.superiorDuties, in: list, default: "上级部门职责"))
            out.blank()
            for section in item.superiorDuties {
                if let heading = section.heading {
                    out.raw("**")
                    out.escaped(heading)
                    out.raw("**")
                    out.endLine()
                    out.blank()
                }
                renderClauses(section.clauses, into: &out)
            }
        }
        if !item.townshipDuties.isEmpty {
            out.line("### " + header(.townshipDuties, in: list, default: "乡镇（街道）配合职责"))
            out.blank()
            renderClauses(item.townshipDuties, into: &out)
        }
        if let content = item.content, !content.isEmpty {
            out.line("### " + header(.content, in: list, default: "具体内容"))
            out.blank()
            renderClauses(content, into: &out)
        }
        // Columns with no structured form (备注, 依据, extra columns) are shown as printed.
        let structured: Set<ColumnKey> = [.number, .category, .name, .departments, .superiorDuties, .townshipDuties, .content]
        let others = list.columns.filter { !structured.contains($0.key) }
        for column in others {
            // The first cell under the header, as `cells(under:)` gives it, without a dictionary per item.
            guard let text = item.cell(column.header), !text.isEmpty else { continue }
            out.raw("### ")
            out.escaped(column.header)
            out.endLine()
            out.blank()
            for paragraph in CellText.lines(of: text) {
                out.escaped(String(paragraph))
                out.raw("  ")
                out.endLine()
            }
            out.blank()
        }
    }

    private func renderClauses(_ clauses: [Clause], into out: inout MarkdownText) {
        guard !clauses.isEmpty else { return }
        for clause in clauses {
            out.raw("- ")
            if let label = clause.label { out.escaped(label) }
            out.escaped(clause.text)
            out.endLine()
            for sub in clause.subclauses {
                out.raw("  - ")
                if let label = sub.label { out.escaped(label) }
                out.escaped(sub.text)
                out.endLine()
            }
        }
        out.blank()
    }

    private func renderFindings(_ list: DutyList, into out: inout MarkdownText) {
        out.section("## " + language.text(.findings), lines: list.findings.map { finding in
            let place = finding.item.map { language.text(.itemPlace($0)) + " " } ?? ""
            let severity = language.text(.severity(finding.severity))
            return "- \(place)**\(severity)** `\(finding.code)` \(MarkdownText.escape(finding.message(in: language)))"
        })
    }
}

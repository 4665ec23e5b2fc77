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
        text.flush()
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
        let layout = ItemLayout(list: list, writer: self)
        for item in list.items {
            renderItem(item, layout: layout, into: &out)
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

    /// `section` of one line per item (`- [1. 名称](#item-1)（类别）`), each appended piece by
    /// piece rather than built as a `String` first.
    private func renderContents(_ list: DutyList, into out: inout MarkdownText) {
        guard !list.items.isEmpty else { return }
        out.line("## " + language.text(.contents))
        out.blank()
        for item in list.items {
            out.raw("- [")
            out.number(item.number)
            out.raw(". ")
            out.escaped(item.name)
            out.raw("](#item-")
            out.number(item.number)
            out.raw(")")
            if let category = item.category {
                out.raw("（")
                out.escaped(category)
                out.raw("）")
            }
            out.endLine()
        }
        out.blank()
    }

    /// What every item's section prints the same: the headers' lines, and the columns shown as
    /// printed (worked out once per list, not per item).
    private struct ItemLayout {
        var category: String
        var departments: String
        var superiorDuties: String
        var townshipDuties: String
        var content: String
        /// Positions of the columns with no structured form (备注, 依据, extra columns).
        var others: [Int]
        var columns: [Column]
        var headers: [String]
        var headersAreDistinct: Bool

        init(list: DutyList, writer: MarkdownWriter) {
            category = "- **" + writer.header(.category, in: list, default: "事项类别") + "**："
            departments = "- **" + writer.header(.departments, in: list, default: "对应上级部门") + "**："
            superiorDuties = "### " + writer.header(.superiorDuties, in: list, default: "上级部门职责")
            townshipDuties = "### " + writer.header(.townshipDuties, in: list, default: "乡镇（街道）配合职责")
            content = "### " + writer.header(.content, in: list, default: "具体内容")
            let structured: Set<ColumnKey> = [.number, .category, .name, .departments, .superiorDuties, .townshipDuties, .content]
            columns = list.columns
            others = list.columns.indices.filter { !structured.contains(list.columns[$0].key) }
            headers = list.columns.map(\.header)
            headersAreDistinct = Set(headers).count == headers.count
        }
    }

    private func renderItem(_ item: Item, layout: ItemLayout, into out: inout MarkdownText) {
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
            out.raw(layout.category)
            out.escaped(category)
            out.endLine()
        }
        if !item.departments.isEmpty {
            out.raw(layout.departments)
            for (index, name) in item.departments.enumerated() {
                if index > 0 { out.raw("、") }
                out.escaped(name)
            }
            out.endLine()
        }
        out.blank()
        if !item.superiorDuties.isEmpty {
            out.line(layout.superiorDuties)
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
            out.line(layout.townshipDuties)
            out.blank()
            renderClauses(item.townshipDuties, into: &out)
        }
        if let content = item.content, !content.isEmpty {
            out.line(layout.content)
            out.blank()
            renderClauses(content, into: &out)
        }
        // Columns with no structured form (备注, 依据, extra columns) are shown as printed: the first
        // cell under each header, as `cells(under:)` gives it.
        let texts = layout.others.isEmpty ? [] : item.texts(under: layout.headers, headersAreDistinct: layout.headersAreDistinct)
        for index in layout.others {
            let column = layout.columns[index]
            guard let text = texts[index], !text.isEmpty else { continue }
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

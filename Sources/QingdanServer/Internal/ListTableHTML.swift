import Qingdan

/// The recovered table as it would be printed — every column in printed order, the duty columns
/// with their department headings and numbered clauses — with each item's findings in a row right
/// below it, errors first. Findings about the list as a whole come before the table.
struct ListTableHTML {
    var text: PageText

    func render(_ list: DutyList, items: [Item]? = nil, withListFindings: Bool = true) -> String {
        let shown = items ?? list.items
        let byItem = Dictionary(grouping: list.findings.filter { $0.item != nil }, by: { $0.item ?? 0 })
        var out = ""
        let general = Self.ordered(list.findings.filter { $0.item == nil })
        if withListFindings, !general.isEmpty {
            out += "<div class=\"list-findings\"><h4>\(HTML.escape(text[.listFindings]))</h4>\(findings(general))</div>\n"
        }
        let columns = list.columns
        out += "<div class=\"table-wrap\"><table class=\"list\">\n<thead><tr>"
        for column in columns { out += "<th class=\"c-\(Self.cssName(column.key))\">\(HTML.escape(column.header))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for item in shown {
            let own = Self.ordered(byItem[item.number] ?? [])
            let mark = own.first.map { " sev-\($0.severity.rawValue)" } ?? ""
            out += "<tr class=\"item\(mark)\" data-number=\"\(item.number)\">"
            for column in columns { out += "<td class=\"c-\(Self.cssName(column.key))\">\(cell(item, column))</td>" }
            out += "</tr>\n"
            if !own.isEmpty {
                out += "<tr class=\"item-findings\"><td colspan=\"\(columns.count)\" aria-label=\"\(HTML.escape(text.format(.findingsFor, String(item.number))))\">\(findings(own))</td></tr>\n"
            }
        }
        return out + "</tbody></table></div>\n"
    }

    /// Errors, then warnings, then notes; within a severity as the validator reported them.
    static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    func findings(_ findings: [Finding]) -> String {
        var out = "<ul class=\"findings\">"
        for finding in findings {
            out += "<li class=\"sev-\(finding.severity.rawValue)\"><span class=\"sev\">\(HTML.escape(severityName(finding.severity)))</span>"
            out += "<span class=\"msg\">\(HTML.text(finding.message))</span><code>\(HTML.escape(finding.code))</code></li>"
        }
        return out + "</ul>"
    }

    func severityName(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: return text[.severityError]
        case .warning: return text[.severityWarning]
        case .info: return text[.severityInfo]
        }
    }

    private func cell(_ item: Item, _ column: Column) -> String {
        switch column.key {
        case .number: return String(item.number)
        case .name: return HTML.text(item.name)
        case .category: return HTML.text(item.category ?? "")
        case .departments: return item.departments.map { "<div class=\"dept\">\(HTML.escape($0))</div>" }.joined()
        case .superiorDuties: return item.superiorDuties.map(section).joined()
        case .townshipDuties: return clauses(item.townshipDuties)
        case .content: return clauses(item.content ?? [])
        default: return HTML.text(item.cell(column.header) ?? "")
        }
    }

    private func section(_ section: Section) -> String {
        let heading = section.heading.map { "<div class=\"heading\">\(HTML.escape($0))</div>" } ?? ""
        return "<div class=\"section\">\(heading)\(clauses(section.clauses))</div>"
    }

    private func clauses(_ clauses: [Clause]) -> String {
        clauses.map { clause in
            let label = clause.label.map { "<span class=\"label\">\(HTML.escape($0))</span>" } ?? ""
            let sub = clause.subclauses.isEmpty ? "" : "<div class=\"sub\">\(self.clauses(clause.subclauses))</div>"
            return "<p class=\"clause\">\(label)\(HTML.text(clause.text))</p>\(sub)"
        }.joined()
    }

    static func cssName(_ key: ColumnKey) -> String {
        key.description.replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ":", with: "-")
    }
}

import Qingdan

/// A dataset report (`ReportTable`) as the page's table: its title, notes and rows, the rows cut
/// at `limit` (the downloads have them all). A lineage cell links to that item's history.
struct ReportTableHTML {
    var text: PageText
    /// A department found in every one of 1,000 lists gives some 10,000 rows: a page that size is
    /// slow to draw on an office PC, and the clerk downloads the table to work with it anyway.
    static let pageRowLimit = 2_000
    var limit = ReportTableHTML.pageRowLimit

    func render(_ table: ReportTable) -> String {
        var out = "<h3 class=\"report-title\">\(HTML.escape(table.title))</h3>\n"
        for note in table.notes { out += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
        // Rows are made texts only up to the limit (an answer may have 20,000).
        let rows = table.cells.count
        guard rows > 0 else { return out + "<p class=\"empty\">\(HTML.escape(text[.noRows]))</p>\n" }
        if rows > limit {
            out += "<p class=\"note cut\">\(HTML.escape(text.format(.rowsCut, String(limit), String(rows))))</p>\n"
        }
        out += "<div class=\"table-wrap\"><table class=\"list report\">\n<thead><tr>"
        for column in table.columns { out += "<th>\(HTML.escape(column.header))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in (0..<min(rows, limit)).lazy.map(table.cells.row) {
            out += "<tr>"
            for (column, cell) in zip(table.columns, row) {
                out += "<td class=\"r-\(column.key)\">\(self.cell(cell, column: column.key))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    private func cell(_ value: String, column: String) -> String {
        if column == ReportColumn.lineage.rawValue, let lineage = Int64(value) {
            let lang = text.language == .en ? "&amp;lang=en" : ""
            return "<a href=\"/dataset?view=history&amp;lineage=\(lineage)\(lang)\">\(lineage)</a>"
        }
        return HTML.text(value)
    }
}

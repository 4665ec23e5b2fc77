/// Writes CSV per RFC 4180 (CRLF line ends, fields quoted when needed), UTF-8 with a BOM by
/// default so that Excel and WPS open Chinese text correctly.
public struct CSVWriter: Sendable {
    /// Prefix the output with U+FEFF.
    public var byteOrderMark: Bool

    public init(byteOrderMark: Bool = true) {
        self.byteOrderMark = byteOrderMark
    }

    /// One row per item under the printed headers, cells as printed (hard breaks kept inside quotes).
    public func render(_ list: DutyList) -> String {
        let headers = list.columns.map(\.header)
        var rows = [headers]
        for item in list.items {
            rows.append(headers.map { item.cell($0) ?? "" })
        }
        return render(rows: rows)
    }

    /// One row per clause and subclause, for pivot tables.
    public func renderClauses(_ list: DutyList) -> String {
        var rows = [["number", "name", "column", "department", "label", "text"]]
        for row in ClauseRow.rows(of: list) {
            rows.append([String(row.number), row.name, row.column, row.department, row.label, row.text])
        }
        return render(rows: rows)
    }

    func render(rows: [[String]]) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for row in rows {
            out += row.map(CSVWriter.field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation

/// A table meant for a clerk (a dataset query's answer): a title, columns with a stable English
/// key (for JSON) and a printed header (for CSV, Markdown and XLSX), and rows of text.
public struct ReportTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var key: String
        public var header: String

        public init(_ key: String, _ header: String) {
            self.key = key
            self.header = header
        }
    }

    public var title: String
    public var columns: [Column]
    public var rows: [[String]]
    /// Lines printed under the title (a note on what was matched).
    public var notes: [String]

    public init(title: String, columns: [Column], rows: [[String]], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// RFC 4180, UTF-8 with BOM like the list CSV.
    public func csv(byteOrderMark: Bool = true) -> String {
        CSVWriter(byteOrderMark: byteOrderMark).render(rows: [columns.map(\.header)] + rows)
    }

    public func markdown() -> String {
        var out = "# \(MarkdownText.escape(title))\n\n"
        for note in notes { out += MarkdownText.escape(note) + "\n\n" }
        out += "| " + columns.map { MarkdownText.escape($0.header) }.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: columns.count) + "\n"
        for row in rows {
            out += "| " + row.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// `{"title", "notes", "rows": [{key: text}]}`, members in column order.
    public func json() -> String {
        JSONValue.object([
            ("title", .string(title)),
            ("notes", .array(notes.map(JSONValue.string))),
            ("rows", .array(rows.map { row in .object(zip(columns, row).map { ($0.key, .string($1)) }) })),
        ]).rendered() + "\n"
    }

    /// One sheet (结果), header row frozen; the title is the workbook's.
    public func xlsx() throws -> Data {
        let header = columns.map { XLSXCell.text($0.header, style: .header) }
        let body = rows.map { row in row.map { XLSXCell.text($0) } }
        let widths = columns.indices.map { i in ColumnWidth.fitted([columns[i].header] + rows.map { i < $0.count ? $0[i] : "" }) }
        let sheet = Worksheet(name: "结果", widths: widths, rows: [header] + body)
        return try XLSXPackage.archive(title: title, sheets: [sheet])
    }
}

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
        String(decoding: csvData(byteOrderMark: byteOrderMark), as: UTF8.self)
    }

    /// `csv` as UTF-8 bytes, without a `String` in between.
    public func csvData(byteOrderMark: Bool = true) -> Data {
        Data(CSVWriter(byteOrderMark: byteOrderMark).renderUTF8(rows: [columns.map(\.header)] + rows))
    }

    public func markdown() -> String { String(decoding: markdownUTF8(), as: UTF8.self) }

    /// `markdown` as UTF-8 bytes: each cell escaped straight into the output (an answer of
    /// 20,000 rows is 200,000 cells: a `String` built and joined for each cost more than the
    /// query).
    public func markdownData() -> Data { Data(markdownUTF8()) }

    private func markdownUTF8() -> [UInt8] {
        var out: [UInt8] = []
        out += "# ".utf8
        MarkdownText.appendEscaped(title, to: &out)
        out += "\n\n".utf8
        for note in notes {
            MarkdownText.appendEscaped(note, to: &out)
            out += "\n\n".utf8
        }
        appendMarkdownRow(columns.map(\.header), to: &out)
        out += "|".utf8
        for _ in columns { out += " --- |".utf8 }
        out += "\n".utf8
        for row in rows { appendMarkdownRow(row, to: &out) }
        return out
    }

    private func appendMarkdownRow(_ cells: [String], to out: inout [UInt8]) {
        out += "| ".utf8
        for (i, cell) in cells.enumerated() {
            if i > 0 { out += " | ".utf8 }
            MarkdownText.appendEscaped(cell, to: &out)
        }
        out += " |\n".utf8
    }

    /// `{"title", "notes", "rows": [{key: text}]}`, members in column order.
    public func json() -> String { String(decoding: jsonUTF8(), as: UTF8.self) }

    /// `json` as UTF-8 bytes, written row by row in `JSONValue`'s own layout (the same bytes as
    /// rendering the `JSONValue` tree, without building one of 20,000 objects first).
    public func jsonData() -> Data { Data(jsonUTF8()) }

    private func jsonUTF8() -> [UInt8] {
        var out: [UInt8] = []
        out += "{\n  \"title\": ".utf8
        JSONValue.appendQuoted(title, to: &out)
        out += ",\n  \"notes\": ".utf8
        JSONValue.array(notes.map(JSONValue.string)).render(into: &out, indent: 2)
        out += ",\n  \"rows\": ".utf8
        if rows.isEmpty {
            out += "[]".utf8
        } else {
            // Each key once, quoted and escaped, with the indent and ": " around it.
            let keys = columns.map { column -> [UInt8] in
                var key = Array("      ".utf8)
                JSONValue.appendQuoted(column.key, to: &key)
                return key + Array(": ".utf8)
            }
            out += "[\n".utf8
            for (r, row) in rows.enumerated() {
                let count = min(keys.count, row.count)
                if count == 0 {
                    out += "    {}".utf8
                } else {
                    out += "    {\n".utf8
                    for i in 0..<count {
                        out += keys[i]
                        JSONValue.appendQuoted(row[i], to: &out)
                        out += (i == count - 1 ? "\n" : ",\n").utf8
                    }
                    out += "    }".utf8
                }
                out += (r == rows.count - 1 ? "\n" : ",\n").utf8
            }
            out += "  ]".utf8
        }
        out += "\n}\n".utf8
        return out
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

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
    /// The rows as UTF-8 spans (what the writers read).
    public var cells: ReportCells
    /// Lines printed under the title (a note on what was matched).
    public var notes: [String]

    /// The rows as texts.
    public var rows: [[String]] {
        get { cells.rows }
        set { cells = ReportCells(rows: newValue) }
    }

    public init(title: String, columns: [Column], rows: [[String]], notes: [String] = []) {
        self.init(title: title, columns: columns, cells: ReportCells(rows: rows), notes: notes)
    }

    public init(title: String, columns: [Column], cells: ReportCells, notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.cells = cells
        self.notes = notes
    }

    /// RFC 4180, UTF-8 with BOM like the list CSV.
    public func csv(byteOrderMark: Bool = true) -> String {
        String(decoding: csvData(byteOrderMark: byteOrderMark), as: UTF8.self)
    }

    /// `csv` as UTF-8 bytes, without a `String` in between.
    public func csvData(byteOrderMark: Bool = true) -> Data {
        let out = ByteWriter(capacity: cells.byteCount * 6 / 5 + cells.cellCount * 2 + 1024)
        if byteOrderMark { out.append("\u{FEFF}") }
        var header: [UInt8] = []
        for (i, column) in columns.enumerated() {
            if i > 0 { header.append(UInt8(ascii: ",")) }
            CSVWriter.appendField(column.header, to: &header)
        }
        out.append(header)
        out.append("\r\n")
        var layout = CSVRowLayout()
        cells.write(to: out, layout: &layout)
        return out.takeData()
    }

    public func markdown() -> String { String(decoding: markdownData(), as: UTF8.self) }

    /// `markdown` as UTF-8 bytes: each cell escaped straight into the output (an answer of
    /// 20,000 rows is 200,000 cells: a `String` built and joined for each cost more than the
    /// query).
    public func markdownData() -> Data {
        let out = ByteWriter(capacity: cells.byteCount * 6 / 5 + cells.cellCount * 3 + 1024)
        var head: [UInt8] = []
        head += "# ".utf8
        MarkdownText.appendEscaped(title, to: &head)
        head += "\n\n".utf8
        for note in notes {
            MarkdownText.appendEscaped(note, to: &head)
            head += "\n\n".utf8
        }
        head += "| ".utf8
        for (i, column) in columns.enumerated() {
            if i > 0 { head += " | ".utf8 }
            MarkdownText.appendEscaped(column.header, to: &head)
        }
        head += " |\n".utf8
        head += "|".utf8
        for _ in columns { head += " --- |".utf8 }
        head += "\n".utf8
        out.append(head)
        var layout = MarkdownRowLayout()
        cells.write(to: out, layout: &layout)
        return out.takeData()
    }

    /// `{"title", "notes", "rows": [{key: text}]}`, members in column order.
    public func json() -> String { String(decoding: jsonData(), as: UTF8.self) }

    /// `json` as UTF-8 bytes, written row by row in `JSONValue`'s own layout (the same bytes as
    /// rendering the `JSONValue` tree, without building one of 20,000 objects first).
    public func jsonData() -> Data {
        let longestKey = columns.map(\.key.utf8.count).max() ?? 0
        let out = ByteWriter(capacity: cells.byteCount * 6 / 5 + cells.cellCount * (longestKey + 14) + 1024)
        var head: [UInt8] = []
        head += "{\n  \"title\": ".utf8
        JSONValue.appendQuoted(title, to: &head)
        head += ",\n  \"notes\": ".utf8
        JSONValue.array(notes.map(JSONValue.string)).render(into: &head, indent: 2)
        head += ",\n  \"rows\": ".utf8
        out.append(head)
        if cells.isEmpty {
            out.append("[]")
        } else {
            out.append("[\n")
            // A row has as many members as it has cells and there are keys.
            var layout = JSONRowLayout(keys: columns.map(\.key))
            cells.write(to: out, columns: layout.columns, layout: &layout)
            out.append("\n  ]")
        }
        out.append("\n}\n")
        return out.takeData()
    }

    /// One sheet (结果), header row frozen; the title is the workbook's.
    public func xlsx() throws -> Data {
        let header = columns.map { XLSXCell.text($0.header, style: .header) }
        let rows = self.rows
        let body = rows.map { row in row.map { XLSXCell.text($0) } }
        let widths = columns.indices.map { i in ColumnWidth.fitted([columns[i].header] + rows.map { i < $0.count ? $0[i] : "" }) }
        let sheet = Worksheet(name: "结果", widths: widths, rows: [header] + body)
        return try XLSXPackage.archive(title: title, sheets: [sheet])
    }
}

import Foundation

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
        render(rows: itemRows(list))
    }

    /// One row per clause and subclause, for pivot tables.
    public func renderClauses(_ list: DutyList) -> String {
        render(rows: clauseRows(list))
    }

    /// `render` as UTF-8 bytes, without a `String` in between.
    public func data(_ list: DutyList) -> Data {
        var out = OutputBuffer()
        // A buffer kept in memory hands nothing on, so it cannot fail.
        try? write(list, to: &out)
        return out.data
    }

    /// `renderClauses` as UTF-8 bytes.
    public func clausesData(_ list: DutyList) -> Data {
        var out = OutputBuffer()
        try? writeClauses(list, to: &out)
        return out.data
    }

    /// `data` appended to `out` row by row, handed on between rows.
    public func write(_ list: DutyList, to out: inout OutputBuffer) throws(QingdanError) {
        let headers = list.columns.map(\.header)
        let distinct = Set(headers).count == headers.count
        start(&out)
        append(row: headers, to: &out)
        // Each row appended to one `ByteWriter` (an array's append costs some 100 instructions a
        // field), then handed to the buffer at once.
        var row = ByteWriter(capacity: Self.rowCapacity)
        for item in list.items {
            row.removeAll()
            for (index, text) in item.texts(under: headers, headersAreDistinct: distinct).enumerated() {
                if index > 0 { row.append(UInt8(ascii: ",")) }
                Self.appendField(text ?? "", to: &row)
            }
            row.append(UInt8(ascii: "\r"))
            row.append(UInt8(ascii: "\n"))
            row.withBytes { out.bytes.append(contentsOf: $0) }
            try out.flushIfFull()
        }
    }

    /// Bytes a row starts out with room for (it grows as needed).
    private static let rowCapacity = 1 << 14

    /// `clausesData` appended to `out` row by row.
    public func writeClauses(_ list: DutyList, to out: inout OutputBuffer) throws(QingdanError) {
        start(&out)
        append(row: Self.clauseHeaders, to: &out)
        let columns = ClauseRow.Columns(of: list)
        var rows = ByteWriter(capacity: Self.rowCapacity)
        for item in list.items {
            rows.removeAll()
            for row in ClauseRow.rows(of: item, columns: columns) {
                // The six fields in `clauseHeaders` order, without an array of them per row.
                Self.appendField(String(row.number), to: &rows)
                Self.appendNextField(row.name, to: &rows)
                Self.appendNextField(row.column, to: &rows)
                Self.appendNextField(row.department, to: &rows)
                Self.appendNextField(row.label, to: &rows)
                Self.appendNextField(row.text, to: &rows)
                rows.append(UInt8(ascii: "\r"))
                rows.append(UInt8(ascii: "\n"))
            }
            rows.withBytes { out.bytes.append(contentsOf: $0) }
            try out.flushIfFull()
        }
    }

    private static let clauseHeaders = ["number", "name", "column", "department", "label", "text"]

    func render(rows: [[String]]) -> String {
        String(decoding: renderUTF8(rows: rows), as: UTF8.self)
    }

    func renderUTF8(rows: [[String]]) -> [UInt8] {
        var out = OutputBuffer()
        start(&out)
        for row in rows { append(row: row, to: &out) }
        return out.bytes
    }

    private func itemRows(_ list: DutyList) -> [[String]] {
        let headers = list.columns.map(\.header)
        return [headers] + list.items.map { item in item.cells(under: headers).map { $0 ?? "" } }
    }

    private func clauseRows(_ list: DutyList) -> [[String]] {
        [Self.clauseHeaders] + ClauseRow.rows(of: list).map { row in
            [String(row.number), row.name, row.column, row.department, row.label, row.text]
        }
    }

    private func start(_ out: inout OutputBuffer) {
        if byteOrderMark { out.bytes += [0xEF, 0xBB, 0xBF] }
    }

    /// One row appended as UTF-8 bytes, CRLF at its end.
    private func append(row: [String], to out: inout OutputBuffer) {
        for (index, cell) in row.enumerated() {
            if index > 0 { out.bytes.append(UInt8(ascii: ",")) }
            CSVWriter.appendField(cell, to: &out.bytes)
        }
        out.bytes += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
    }

    /// A comma and `appendField(raw)`.
    private static func appendNextField(_ raw: String, to out: inout ByteWriter) {
        out.append(UInt8(ascii: ","))
        appendField(raw, to: &out)
    }

    /// `field(raw)` appended as UTF-8 bytes: a cell without a quotation mark (nearly all) is
    /// quoted, when it needs it, without building the field as a `String`.
    static func appendField<Sink: ByteSink>(_ raw: String, to out: inout Sink) {
        var raw = raw
        raw.withUTF8 { appendField(utf8: $0, to: &out) }
    }

    /// `field` of a text given as its UTF-8 bytes: neutralised (`needsNeutralising`), quoted when it holds a comma, a
    /// quotation mark (doubled) or a line break.
    static func appendField<Sink: ByteSink>(utf8 text: UnsafeBufferPointer<UInt8>, to out: inout Sink) {
        let apostrophe = needsNeutralising(text)
        var needsQuotes = false, hasQuote = false
        // Eight bytes at a time first: nearly every cell has neither.
        let special = ByteScan.any(text, word: { word in
            ByteScan.contains(word, UInt8(ascii: "\"")) || ByteScan.contains(word, UInt8(ascii: ","))
                || ByteScan.contains(word, UInt8(ascii: "\n")) || ByteScan.contains(word, UInt8(ascii: "\r"))
        }, byte: { byte in
            byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        })
        if special {
            for byte in text where byte < 0x80 {
                if byte == UInt8(ascii: "\"") { hasQuote = true; needsQuotes = true }
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { needsQuotes = true }
            }
        }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
        if apostrophe { out.append(UInt8(ascii: "'")) }
        if hasQuote {
            for byte in text {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
        } else {
            out.append(bytes: text)
        }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
    }

    static func field(_ raw: String) -> String {
        var out: [UInt8] = []
        appendField(raw, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Characters that make Excel and WPS read a cell as a formula (`=HYPERLINK(…)` runs when
    /// the CSV is opened): OWASP's list for CSV injection.
    static func isFormulaStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    /// Whether a cell (its UTF-8 bytes) is made safe to open in a spreadsheet, as OWASP
    /// recommends: a cell starting with a formula character gets a leading `'`, which
    /// spreadsheets show as text and do not display. Left alone: a plain number (`-1`, `+3.5`,
    /// which spreadsheets read as numbers, not formulas) and a lone `-` or `+` (a clause label or
    /// an empty-cell dash). JSON keeps the exact text.
    static func needsNeutralising(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, isFormulaStart(first) else { return false }
        let rest = UnsafeBufferPointer(rebasing: text[1...])
        let isSign = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        if isSign, rest.isEmpty { return false }
        if isSign, isPlainNumber(rest) { return false }
        return true
    }

    /// Digits with at most one decimal point inside: `1`, `3.5`.
    private static func isPlainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0, points = 0
        for byte in bytes {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { digits += 1 }
            else if byte == UInt8(ascii: "."), digits > 0, points == 0 { points += 1 }
            else { return false }
        }
        return digits > 0 && bytes.last != UInt8(ascii: ".")
    }
}

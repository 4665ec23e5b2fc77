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
        String(decoding: bytes(rows: itemRows(list)), as: UTF8.self)
    }

    /// One row per clause and subclause, for pivot tables.
    public func renderClauses(_ list: DutyList) -> String {
        String(decoding: bytes(rows: clauseRows(list)), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes, without a `String` in between.
    public func data(_ list: DutyList) -> Data {
        Data(bytes(rows: itemRows(list)))
    }

    /// `renderClauses` as UTF-8 bytes.
    public func clausesData(_ list: DutyList) -> Data {
        Data(bytes(rows: clauseRows(list)))
    }

    private func itemRows(_ list: DutyList) -> [[String]] {
        let headers = list.columns.map(\.header)
        var rows = [headers]
        for item in list.items {
            rows.append(item.cells(under: headers).map { $0 ?? "" })
        }
        return rows
    }

    private func clauseRows(_ list: DutyList) -> [[String]] {
        var rows = [["number", "name", "column", "department", "label", "text"]]
        for row in ClauseRow.rows(of: list) {
            rows.append([String(row.number), row.name, row.column, row.department, row.label, row.text])
        }
        return rows
    }

    func render(rows: [[String]]) -> String {
        String(decoding: bytes(rows: rows), as: UTF8.self)
    }

    /// The rows appended as UTF-8 bytes to one buffer.
    func bytes(rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out += CSVWriter.field(cell).utf8
            }
            out += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        }
        return out
    }

    static func field(_ raw: String) -> String {
        let text = neutralised(raw)
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Characters that make Excel and WPS read a cell as a formula (`=HYPERLINK(…)` runs when
    /// the CSV is opened): OWASP's list for CSV injection.
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// `text` made safe to open in a spreadsheet, as OWASP recommends: a cell starting with a
    /// formula character gets a leading `'`, which spreadsheets show as text and do not display.
    /// Left alone: a plain number (`-1`, `+3.5`, which spreadsheets read as numbers, not formulas)
    /// and a lone `-` or `+` (a clause label or an empty-cell dash). JSON keeps the exact text.
    static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        let rest = text.utf8.dropFirst()
        let isSign = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        if isSign, rest.isEmpty { return text }
        if isSign, isPlainNumber(rest) { return text }
        return "'" + text
    }

    /// Digits with at most one decimal point inside: `1`, `3.5`.
    private static func isPlainNumber(_ bytes: Substring.UTF8View) -> Bool {
        var digits = 0, points = 0
        for byte in bytes {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { digits += 1 }
            else if byte == UInt8(ascii: "."), digits > 0, points == 0 { points += 1 }
            else { return false }
        }
        return digits > 0 && bytes.last != UInt8(ascii: ".")
    }
}

import Foundation

/// Writes a list as an Excel workbook (XLSX): sheet 清单 holds the table as printed (one row per
/// item, cells in column order), sheet 条款 one row per clause. The same list gives the same bytes.
/// Sheet names and the clause sheet's headers are in `language` (Chinese by default).
public struct XLSXWriter: Sendable {
    public var language: Language

    public init(language: Language = .chinese) { self.language = language }

    public func data(_ list: DutyList) throws -> Data {
        try XLSXPackage.archive(title: list.title, sheets: [tableSheet(list), clauseSheet(list)])
    }

    /// Sheet 清单: printed headers, then each item's cells under them.
    func tableSheet(_ list: DutyList) -> Worksheet {
        let header = list.columns.map { XLSXCell.text($0.header, style: .header) }
        let headers = list.columns.map(\.header)
        let texts = list.items.map { $0.cells(under: headers).map { $0 ?? "" } }
        let rows = texts.map { row in
            zip(list.columns, row).map { column, text -> XLSXCell in
                column.key == .number ? .number(text) : .text(text)
            }
        }
        let widths = list.columns.enumerated().map { index, column in
            ColumnWidth.width(for: column.key, texts: texts.map { $0[index] })
        }
        return Worksheet(name: language.text(.sheetItems), widths: widths, rows: [header] + rows)
    }

    /// Sheet 条款: one row per clause and subclause.
    func clauseSheet(_ list: DutyList) -> Worksheet {
        let headers = [Phrase.clauseNumber, .clauseName, .clauseColumn, .clauseDepartment, .clauseLabel, .clauseText].map(language.text)
        let rows = ClauseRow.rows(of: list).map { row -> [XLSXCell] in
            [.number(String(row.number)), .text(row.name), .text(row.column), .text(row.department), .text(row.label), .text(row.text)]
        }
        return Worksheet(name: language.text(.sheetClauses), widths: [6, 26, 14, 22, 8, 70], rows: [headers.map { .text($0, style: .header) }] + rows)
    }
}

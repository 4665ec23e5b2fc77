/// One worksheet: a header row kept in view (frozen pane) above rows of wrapped text.
struct Worksheet: Sendable {
    var name: String
    /// Column widths in Excel's units (the width of a "0"; a Chinese character takes about two).
    var widths: [Double]
    var rows: [[XLSXCell]]

    /// The sheet's XML; its texts go to `strings`.
    func xml(strings: inout SharedStrings) -> String {
        let lastColumn = max(1, widths.count, rows.map(\.count).max() ?? 0)
        var xml = XLSXPackage.declaration
        xml += "<worksheet xmlns=\"\(XLSXPackage.mainNamespace)\" xmlns:r=\"\(XLSXPackage.relationshipNamespace)\">"
        // Printed pages fit the sheet's width; rows run on over as many pages as they need.
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        xml += "<dimension ref=\"A1:\(Self.reference(row: max(1, rows.count), column: lastColumn))\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        xml += "</sheetView></sheetViews>"
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(Self.format(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\" ht=\"\(Self.format(height(of: row)))\" customHeight=\"1\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = Self.reference(row: rowIndex + 1, column: columnIndex + 1)
                switch cell.value {
                case .number(let number):
                    xml += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\"><v>\(number)</v></c>"
                case .text(let text):
                    xml += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return xml + "</worksheet>"
    }

    /// Points per line of wrapped 11-point Chinese text. A CJK font's line is taller than a Latin
    /// one's: LibreOffice draws a line of 11-point Noto Sans CJK (what Debian and most Linux desktops
    /// substitute) 17.4 pt apart (measured on the sample's rows rendered to PDF), Excel's 等线
    /// about 15; at 15 pt LibreOffice cut off the last line of items 2, 3, 4, 6 and 10.
    static let lineHeight = 17.5
    /// Room above and below the text of a cell, in points.
    static let cellPadding = 3.0
    /// Units of a column's width that are not text: the cell's margins, and the slack a wrap
    /// at a word or punctuation boundary leaves at a line's end.
    static let wrapMargin = 1.5
    /// Excel's largest row height.
    private static let tallestRow = 409.0

    /// A row tall enough for its longest wrapped cell. Spreadsheet programs do not size rows of
    /// wrapped text when they open a file, so the writer estimates from `Character.displayWidth`.
    func height(of row: [XLSXCell]) -> Double {
        let lines = row.enumerated().map { column, cell -> Int in
            guard case .text(let text) = cell.value else { return 1 }
            let width = max(1, (column < widths.count ? widths[column] : 8.43) - Self.wrapMargin)
            return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { count, line in
                count + Self.wrappedLines(line, width: width)
            }
        }
        return min(Self.tallestRow, Double(lines.max() ?? 1) * Self.lineHeight + Self.cellPadding)
    }

    /// Lines of one paragraph wrapped into `width` units, a character at a time: a character that
    /// does not fit starts the next line, leaving the end of this one empty (a Chinese character
    /// is two units, so a line often ends one unit short).
    static func wrappedLines(_ paragraph: Substring, width: Double) -> Int {
        var lines = 1
        var used = 0.0
        for character in paragraph {
            let units = Double(character.displayWidth)
            if used + units > width, used > 0 {
                lines += 1
                used = 0
            }
            used += units
        }
        return lines
    }

    /// A1-style reference of a 1-based row and column.
    static func reference(row: Int, column: Int) -> String {
        columnName(column) + String(row)
    }

    /// Column letters: 1 → A, 26 → Z, 27 → AA.
    static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Widths with at most one decimal, no trailing zeros: deterministic across platforms.
    private static func format(_ width: Double) -> String {
        let tenths = Int((width * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}

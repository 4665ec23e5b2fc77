import Foundation
@testable import Qingdan

/// A list table as a word processor or a web page prints it — rows of cells with row and column
/// spans, paragraphs above it — rendered to HTML and to DOCX. The truth of each list is written
/// beside it (`ShapeTruth`), by hand, never taken from Qingdan's output.
struct PrintedTable {
    struct Cell {
        var text: String
        var columns = 1
        var rows = 1

        init(_ text: String, columns: Int = 1, rows: Int = 1) {
            self.text = text
            self.columns = columns
            self.rows = rows
        }
    }

    /// Paragraphs printed above the table (title lines).
    var above: [String] = []
    var rows: [[Cell]]
    /// The first rows that are the header (marked as repeated header rows in DOCX).
    var headerRows = 1

    /// A row of one cell spanning `width` columns (a title or a section row).
    static func spanning(_ text: String, width: Int) -> [Cell] {
        [Cell(text, columns: width)]
    }

    static func plain(_ texts: [String]) -> [Cell] {
        texts.map { Cell($0) }
    }

    var html: Data {
        var out = "<html><head><meta charset=\"utf-8\"></head><body>\n"
        for line in above { out += "<p align=\"center\">\(Self.escaped(line))</p>\n" }
        out += "<table border=\"1\">\n"
        for (index, row) in rows.enumerated() {
            let tag = index < headerRows ? "th" : "td"
            out += "<tr>"
            for cell in row {
                let spans = (cell.columns > 1 ? " colspan=\"\(cell.columns)\"" : "") + (cell.rows > 1 ? " rowspan=\"\(cell.rows)\"" : "")
                out += "<\(tag)\(spans)>\(Self.escaped(cell.text).replacingOccurrences(of: "\n", with: "<br>"))</\(tag)>"
            }
            out += "</tr>\n"
        }
        return Data((out + "</table></body></html>\n").utf8)
    }

    /// DOCX: a cell spanning rows is a `w:vMerge` restart with a continuation in each row below;
    /// a cell spanning columns a `w:gridSpan`.
    func docx() throws -> Data {
        var body = above.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(Self.escaped($0))</w:t></w:r></w:p>" }.joined()
        body += "<w:tbl>"
        // Columns still covered by a cell from a row above: column → (rows left, its column span).
        var covered: [Int: (left: Int, span: Int)] = [:]
        for (index, row) in rows.enumerated() {
            body += "<w:tr>" + (index < headerRows ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            var column = 0
            var cells = row[...]
            while !cells.isEmpty || covered.keys.contains(where: { $0 >= column }) {
                if let cover = covered[column] {
                    body += Self.cell([""], span: cover.span, merge: "<w:vMerge/>")
                    covered[column] = cover.left > 1 ? (cover.left - 1, cover.span) : nil
                    column += cover.span
                    continue
                }
                guard let cell = cells.popFirst() else { break }
                let paragraphs = cell.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                body += Self.cell(paragraphs, span: cell.columns, merge: cell.rows > 1 ? "<w:vMerge w:val=\"restart\"/>" : "")
                if cell.rows > 1 { covered[column] = (cell.rows - 1, cell.columns) }
                column += cell.columns
            }
            body += "</w:tr>"
        }
        body += "</w:tbl>"
        return try DOCXTests.docx(body: body)
    }

    private static func cell(_ paragraphs: [String], span: Int, merge: String) -> String {
        let properties = (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "") + merge
        let text = paragraphs.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped($0))</w:t></w:r></w:p>" }.joined()
        return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>\(properties)</w:tcPr>\(text)</w:tc>"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// What a list holds, written by hand: what every form of it must read as.
struct ShapeTruth {
    struct Item {
        var number: Int
        var category: String?
        var subcategory: String? = nil
        var name: String
        var departments: [String] = []
        /// Every cell by printed header.
        var cells: [String: String]
        /// Clause count of each duty column by printed header (top-level clauses; sections' clauses summed).
        var clauses: [String: Int] = [:]
        /// Department headings of 上级部门职责, in order.
        var headings: [String?] = []
    }

    var title: String
    var kind: ListKind
    var district: String?
    var township: String?
    var columns: [Column]
    var items: [Item]
    var sectionRows: [ListSection]? = nil
    var city: String? = nil

    /// Differences between `list` and the truth, one line each (empty when the list is exact).
    func differences(from list: DutyList) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ what: String, _ got: T, _ want: T) {
            if got != want { out.append("\(what): got \(got), want \(want)") }
        }
        check("title", list.title, title)
        check("kind", list.listKind, kind)
        check("city", list.region.city, city)
        check("district", list.region.district, district)
        check("township", list.region.township, township)
        check("columns", list.columns, columns)
        check("section rows", list.sectionRows, sectionRows)
        check("item count", list.items.count, items.count)
        for (got, want) in zip(list.items, items) {
            let n = want.number
            check("\(n) number", got.number, want.number)
            check("\(n) category", got.category, want.category)
            check("\(n) subcategory", got.subcategory, want.subcategory)
            check("\(n) name", got.name, want.name)
            check("\(n) departments", got.departments, want.departments)
            check("\(n) cells", Dictionary(got.cells.map { ($0.header, $0.text) }, uniquingKeysWith: { a, _ in a }), want.cells)
            for (header, count) in want.clauses {
                guard let key = list.columns.first(where: { $0.header == header })?.key else {
                    out.append("\(n) no column \(header)")
                    continue
                }
                let clauses: Int
                switch key {
                case .superiorDuties: clauses = got.superiorDuties.reduce(0) { $0 + $1.clauses.count }
                case .townshipDuties: clauses = got.townshipDuties.count
                case .content: clauses = got.content?.count ?? -1
                default: clauses = -1
                }
                check("\(n) clauses of \(header)", clauses, count)
            }
            if !want.headings.isEmpty { check("\(n) headings", got.superiorDuties.map(\.heading), want.headings) }
        }
        let errors = list.findings.filter { $0.severity == .error }.map { "\($0.code) \($0.item.map(String.init) ?? "-"): \($0.message)" }
        out += errors.map { "error finding \($0)" }
        return out
    }
}

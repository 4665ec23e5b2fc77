import GRDB
import Qingdan

extension Dataset {
    /// Item counts per region (township), kind, edition and category.
    public func summary() throws(DatasetError) -> ReportTable {
        try read { db in
            var lists: [Int64: Row] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, region, township, kind, edition, edition_number FROM lists") {
                lists[row["id"]] = row
            }
            var rows: [(sort: [String], edition: EditionLabel, cells: [String], count: Int)] = []
            var total = 0
            for row in try Row.fetchAll(db, sql: "SELECT list_id, category, COUNT(*) AS n FROM items GROUP BY list_id, category") {
                guard let list = lists[row["list_id"]] else { continue }
                let kind = ListKind(rawValue: list["kind"]) ?? .other
                let count: Int = row["n"]
                total += count
                let region: String = list["region"], category: String = row["category"] ?? ""
                rows.append((sort: [region, kind.rawValue], edition: EditionLabel(list["edition"]),
                             cells: [region, list["township"] ?? "", text.kindName(kind), text.edition(list["edition"]),
                                     category, String(count)], count: count))
            }
            rows.sort { a, b in
                if a.sort != b.sort { return a.sort.lexicographicallyPrecedes(b.sort) }
                if a.edition != b.edition { return a.edition < b.edition }
                return a.cells[4] < b.cells[4]
            }
            return ReportTable(
                title: text.summaryTitle,
                columns: text.columns(.region, .township, .kind, .edition, .category, .items),
                rows: rows.map(\.cells),
                notes: [text.summaryNote(lists: lists.count, items: total)])
        }
    }
}

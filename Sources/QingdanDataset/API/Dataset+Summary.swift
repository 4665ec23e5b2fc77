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
                             cells: [region, list["township"] ?? "", DatasetText.kindName(kind), DatasetText.edition(list["edition"]),
                                     category, String(count)], count: count))
            }
            rows.sort { a, b in
                if a.sort != b.sort { return a.sort.lexicographicallyPrecedes(b.sort) }
                if a.edition != b.edition { return a.edition < b.edition }
                return a.cells[4] < b.cells[4]
            }
            return ReportTable(
                title: DatasetText.summaryTitle,
                columns: [.init("region", "地区"), .init("township", "乡镇（街道）"), .init("kind", "清单类型"), .init("edition", "版本"),
                          .init("category", "事项类别"), .init("items", "事项数")],
                rows: rows.map(\.cells),
                notes: [DatasetText.summaryNote(lists: lists.count, items: total)])
        }
    }
}

import GRDB
import Qingdan

extension Dataset {
    /// Item counts per region (township), kind, edition and category: counted and ordered by
    /// SQLite (one pass over the index items_by_list), each row's cells taken as they come.
    public func summary() throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            let lists = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lists") ?? 0
            let kindNames = Dictionary(uniqueKeysWithValues: ListKind.allCases.map { ($0.rawValue, text.kindName($0)) })
            var rows: [[String]] = []
            var total = 0
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT l.region, l.township, l.kind, l.edition, c.category, c.n
                FROM (SELECT list_id, category, COUNT(*) AS n FROM items GROUP BY list_id, category) c
                JOIN lists l ON l.id = c.list_id
                ORDER BY \(ListOrder.sql), c.category
                """)
            while let row = try cursor.next() {
                let kind: String = row[2], count: Int = row[5]
                total += count
                rows.append([row[0], row[1] ?? "", kindNames[kind] ?? text.kindName(.other), text.edition(row[3]),
                             row[4] ?? "", String(count)])
            }
            return ReportTable(
                title: text.summaryTitle,
                columns: text.columns(.region, .township, .kind, .edition, .category, .items),
                rows: rows,
                notes: [text.summaryNote(lists: lists, items: total)])
        }
    }
}

import GRDB
import Qingdan

extension Dataset {
    /// Every item and clause of one department across all lists, matched on the resolved name:
    /// 区市场监督局 finds what lists print as 区市场监督管理局. An item that names the department
    /// in 对应上级部门 without a duty section of its own is listed once without a clause.
    public func department(_ asked: String) throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            let name = try Self.resolveDepartment(asked, db)
            // One pass over the department's rows (departments_by_name), each joined to its item,
            // list and clauses by their keys: no per-item query.
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.item_id, l.id AS list_id, l.region, l.kind, l.edition, i.number, i.name, i.lineage,
                       c.column, c.heading, c.label, c.text
                FROM departments d
                JOIN items i ON i.id = d.item_id
                JOIN lists l ON l.id = i.list_id
                LEFT JOIN clauses c ON c.item_id = d.item_id AND c.section = d.section
                WHERE d.name = ?
                ORDER BY l.region, l.kind, l.edition_number, l.edition, i.position, c.position
                """, arguments: [name])
            // One entry per item: its clauses under the department, or the item alone.
            var order: [Int64] = []
            var byItem: [Int64: (head: [String], clauses: [[String]], seen: Set<String>)] = [:]
            var lists = Set<Int64>()
            for row in rows {
                let item: Int64 = row["item_id"]
                lists.insert(row["list_id"])
                if byItem[item] == nil {
                    order.append(item)
                    let kind = ListKind(rawValue: row["kind"]) ?? .other
                    byItem[item] = ([row["region"], text.kindName(kind), text.edition(row["edition"]),
                                     String(row["number"] as Int), row["name"], String(row["lineage"] as Int64)], [], [])
                }
                guard let clauseText: String = row["text"] else { continue }
                let column: String = row["column"] ?? "", heading: String = row["heading"] ?? "", label: String = row["label"] ?? ""
                let clause = [column, heading, label, clauseText]
                // A clause reached through two headings naming the department is listed once.
                let key = clause.joined(separator: "\u{1F}")
                if byItem[item]?.seen.insert(key).inserted == true { byItem[item]?.clauses.append(clause) }
            }
            var table: [[String]] = []
            for item in order {
                guard let entry = byItem[item] else { continue }
                if entry.clauses.isEmpty { table.append(entry.head + ["", "", "", ""]) }
                for clause in entry.clauses { table.append(entry.head + clause) }
            }
            return ReportTable(
                title: text.departmentTitle(name),
                columns: text.columns(.region, .kind, .edition, .number, .name, .lineage, .column, .heading, .label, .text),
                rows: table,
                notes: [text.departmentNote(asked: asked, resolved: name, items: order.count, lists: lists.count)])
        }
    }

    /// Every resolved department name in the dataset, in order (for a page to choose from).
    public func departmentNames() throws(DatasetError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM department_names ORDER BY name") }
    }

    /// The resolved name a typed department name stands for among the names in the dataset.
    static func resolveDepartment(_ asked: String, _ db: Database) throws -> String {
        let trimmed = asked.filter { !$0.isWhitespace }
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM department_names WHERE name = ?)", arguments: [trimmed]) == true {
            return trimmed
        }
        let names = try String.fetchAll(db, sql: "SELECT name FROM department_names")
        return DepartmentLookup(names: names).resolve(trimmed)
    }
}

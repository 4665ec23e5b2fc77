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
            // list and clauses by their keys, in report order: no per-item query.
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT d.item_id, l.id, l.region, l.kind, l.edition, i.number, i.name, i.lineage,
                       c.column, c.heading, c.label, c.text
                FROM departments d
                JOIN items i ON i.id = d.item_id
                JOIN lists l ON l.id = i.list_id
                LEFT JOIN clauses c ON c.item_id = d.item_id AND c.section = d.section
                WHERE d.name = ?
                ORDER BY \(ListOrder.sql), i.position, d.item_id, c.position
                """, arguments: [name])
            let kindNames = Dictionary(uniqueKeysWithValues: ListKind.allCases.map { ($0.rawValue, text.kindName($0)) })
            // One entry per item: its clauses under the department, or the item alone. An item's
            // rows come together (ordered by its position, then id).
            var table: [[String]] = []
            var items = 0
            var lists = Set<Int64>()
            var current: Int64?
            var head: [String] = []
            var clauses: [[String]] = []
            func finishItem() {
                guard current != nil else { return }
                if clauses.isEmpty { table.append(head + ["", "", "", ""]) }
                for clause in clauses { table.append(head + clause) }
                clauses.removeAll(keepingCapacity: true)
            }
            while let row = try cursor.next() {
                let item: Int64 = row[0]
                if item != current {
                    finishItem()
                    current = item
                    items += 1
                    lists.insert(row[1])
                    let kind: String = row[3], number: Int = row[5], lineage: Int64 = row[7]
                    head = [row[2], kindNames[kind] ?? text.kindName(.other), text.edition(row[4]), String(number), row[6], String(lineage)]
                }
                guard let clauseText: String = row[11] else { continue }
                let clause: [String] = [row[8] ?? "", row[9] ?? "", row[10] ?? "", clauseText]
                // A clause reached through two headings naming the department is listed once
                // (an item has a few clauses: a look along them is enough).
                if !clauses.contains(clause) { clauses.append(clause) }
            }
            finishItem()
            return ReportTable(
                title: text.departmentTitle(name),
                columns: text.columns(.region, .kind, .edition, .number, .name, .lineage, .column, .heading, .label, .text),
                rows: table,
                notes: [text.departmentNote(asked: asked, resolved: name, items: items, lists: lists.count)])
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

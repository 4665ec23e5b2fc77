import GRDB

/// What `dataset department` and `dataset summary` print of one list, packed (`PackedCells`) in
/// `department_rows` and `summary_rows` (schema v4): a query of 20,000 rows then reads a blob a
/// list instead of joining items, departments and clauses row by row (12,000 SQLite instructions
/// a row). Both are made here only, by SQL over the documented tables in the order the reports
/// print — in the transaction that adds the list, again for a later edition whose lineages an
/// earlier one changed, and for every list by the migration to v4.
enum ListAnswers {
    static func write(listID: Int64, _ db: Database) throws {
        try writeDepartments(listID: listID, db)
        try writeSummary(listID: listID, db)
    }

    /// One row of `department_rows` per department the list names: its items in list order,
    /// each with its clauses under that department (section by section, in printed order) or
    /// alone when the department has no duty section of its own in the item. A clause reached
    /// through two headings naming the department is listed once. Replaces the list's rows (its
    /// departments are the same when only lineages changed).
    ///
    /// Packed per item: the clause count, 序号, name and lineage as texts, then column, heading,
    /// label and text of each clause; each text with whether a report copies it as it is
    /// (`PackedCells.cellText`, schema v5: the JSON escaping scan of 20,000 rows was 31 M
    /// instructions).
    static func writeDepartments(listID: Int64, _ db: Database) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT d.name, d.item_id, i.number, i.name, i.lineage, c.column, c.heading, c.label, c.text
            FROM items i
            JOIN departments d INDEXED BY departments_by_item ON d.item_id = i.id
            LEFT JOIN clauses c ON c.item_id = d.item_id AND c.section = d.section
            WHERE i.list_id = ?
            ORDER BY d.name, i.position, d.item_id, c.position
            """, arguments: [listID])
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO department_rows (name, list_id, items, rows, packed) VALUES (?, ?, ?, ?, ?)
            """)
        var name: String?
        var item: Int64?
        var head: (number: Int, name: String, lineage: Int64) = (0, "", 0)
        var clauses: [[String]] = []
        var packed = PackedCells()
        var items = 0, rows = 0
        func finishItem() {
            guard item != nil else { return }
            packed.count(clauses.count)
            packed.cellText(String(head.number))
            packed.cellText(head.name)
            packed.cellText(String(head.lineage))
            for clause in clauses { for cell in clause { packed.cellText(cell) } }
            rows += max(1, clauses.count)
            clauses.removeAll(keepingCapacity: true)
            item = nil
        }
        func finishDepartment() throws {
            finishItem()
            guard let done = name else { return }
            try insert.execute(arguments: [done, listID, items, rows, packed.data])
            packed = PackedCells()
            items = 0
            rows = 0
        }
        while let row = try cursor.next() {
            let rowName: String = row[0], rowItem: Int64 = row[1]
            if rowName != name {
                try finishDepartment()
                name = rowName
            }
            if rowItem != item {
                finishItem()
                item = rowItem
                items += 1
                head = (row[2], row[3], row[4])
            }
            guard let text: String = row[8] else { continue }
            let clause: [String] = [row[5] ?? "", row[6] ?? "", row[7] ?? "", text]
            // An item has a few clauses: a look along them is enough.
            if !clauses.contains(clause) { clauses.append(clause) }
        }
        try finishDepartment()
    }

    /// The list's row of `summary_rows`: its items counted per category (事项类别), in SQLite's
    /// order of the category (none first). Packed: the number of categories, then each
    /// category's text and count.
    static func writeSummary(listID: Int64, _ db: Database) throws {
        let counts = try Row.fetchAll(db, sql: """
            SELECT category, COUNT(*) FROM items WHERE list_id = ? GROUP BY category ORDER BY category
            """, arguments: [listID])
        var packed = PackedCells()
        packed.count(counts.count)
        for row in counts {
            packed.text(row[0] ?? "")
            packed.count(row[1])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO summary_rows (list_id, packed) VALUES (?, ?)",
                       arguments: [listID, packed.data])
    }
}

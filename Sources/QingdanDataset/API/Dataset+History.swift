import Foundation
import GRDB
import Qingdan

extension Dataset {
    /// One item across the editions of its list, with the clause-level change at each step (the
    /// diff's comparison of the two editions' items).
    public func history(lineage: Int64) throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            let rows = try historyRows(db, lineages: [lineage])
            guard !rows.isEmpty else { throw DatasetError(.notFound, text.noLineage(lineage)) }
            return historyTable(title: text.historyTitle(try latestName(db, lineage)), rows: rows, lineages: 1)
        }
    }

    /// The history of every item named `name` (exactly, or else containing it), one lineage after
    /// another; `region` narrows to lists whose region contains it.
    public func history(name: String, region: String? = nil) throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            // Both read the index items_by_name (name, lineage, list_id) alone, not the items; a
            // part of a name is looked for along the distinct names (item_names, first: CROSS
            // JOIN keeps SQLite from scanning the items instead), then each name found is an
            // index search.
            var lineages = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT i.lineage FROM items i JOIN lists l ON l.id = i.list_id
                WHERE i.name = ?1 AND (?2 IS NULL OR instr(l.region, ?2) > 0) ORDER BY i.lineage
                """, arguments: [name, region])
            if lineages.isEmpty {
                lineages = try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT i.lineage FROM item_names n CROSS JOIN items i INDEXED BY items_by_name ON i.name = n.name
                    JOIN lists l ON l.id = i.list_id
                    WHERE instr(n.name, ?1) > 0 AND (?2 IS NULL OR instr(l.region, ?2) > 0) ORDER BY i.lineage
                    """, arguments: [name, region])
            }
            guard !lineages.isEmpty else { throw DatasetError(.notFound, text.noItem(name)) }
            let rows = try historyRows(db, lineages: lineages)
            return historyTable(title: text.historyTitle(name), rows: rows, lineages: lineages.count)
        }
    }

    private func historyTable(title: String, rows: [[String]], lineages: Int) -> ReportTable {
        ReportTable(
            title: title,
            columns: text.columns(.lineage, .region, .kind, .edition, .number, .name, .change, .field, .detail),
            rows: rows,
            notes: [text.historyNote(lineages: lineages)])
    }

    private func latestName(_ db: Database, _ lineage: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM items WHERE lineage = ? ORDER BY id DESC LIMIT 1", arguments: [lineage]) ?? ""
    }

    /// One item of a lineage in one list, as the history reads it.
    private struct Appearance {
        var item: Int64
        var list: Int64
        var number: Int
        var name: String
        /// Its stored step (`item_steps`) and the item that step was made from.
        var step: ItemSteps.Step?
        var stepFrom: Int64?
    }

    /// Each lineage's rows, in the order given: its first edition, then each later edition of the
    /// list with what changed (or that the item is no longer there). Two queries whatever the
    /// number of lineages: the items of all of them with their steps (`item_steps`, a lineage's
    /// rows together), and the editions of their lists.
    private func historyRows(_ db: Database, lineages: [Int64]) throws -> [[String]] {
        guard !lineages.isEmpty else { return [] }
        let placeholders = databaseQuestionMarks(count: lineages.count)
        var byLineage: [Int64: [Int64: Appearance]] = [:]
        var groupOf: [Int64: (region: String, kind: String)] = [:]
        let appearances = try Row.fetchCursor(db, sql: """
            SELECT s.lineage, s.item_id, s.number, s.name, l.id, l.region, l.kind, s.previous_id, s.packed
            FROM item_steps s JOIN lists l ON l.id = s.list_id
            WHERE s.lineage IN (\(placeholders))
            """, arguments: StatementArguments(lineages))
        while let row = try appearances.next() {
            let lineage: Int64 = row[0], list: Int64 = row[4]
            // A damaged step is no step: the items are compared instead.
            let step = try row.withUnsafeData(atIndex: 8) { data in data.flatMap { $0.withUnsafeBytes(ItemSteps.unpack) } }
            byLineage[lineage, default: [:]][list] = Appearance(item: row[1], list: list, number: row[2], name: row[3],
                                                               step: step, stepFrom: row[7])
            if groupOf[lineage] == nil {
                let region: String = row[5], kind: String = row[6]
                groupOf[lineage] = (region, kind)
            }
        }
        // The editions of every list the lineages appear in, oldest first (ListOrder): the lists
        // of those regions and kinds alone, by the index lists_by_region.
        var editions: [[String]: [(id: Int64, edition: String)]] = [:]
        let lists = try Row.fetchCursor(db, sql: """
            SELECT l.id, l.edition, l.region, l.kind FROM lists l
            WHERE (l.region, l.kind) IN (SELECT l.region, l.kind FROM item_steps s JOIN lists l ON l.id = s.list_id
                                         WHERE s.lineage IN (\(placeholders)))
            ORDER BY \(ListOrder.sql)
            """, arguments: StatementArguments(lineages))
        while let row = try lists.next() {
            let id: Int64 = row[0], edition: String = row[1], region: String = row[2], kind: String = row[3]
            editions[[region, kind], default: []].append((id: id, edition: edition))
        }
        let kindNames = Dictionary(uniqueKeysWithValues: ListKind.allCases.map { ($0.rawValue, text.kindName($0)) })

        var rows: [[String]] = []
        for lineage in lineages {
            guard let byList = byLineage[lineage], let group = groupOf[lineage] else { continue }
            let kindName = kindNames[group.kind] ?? text.kindName(.other)
            var previous: Appearance?
            for edition in editions[[group.region, group.kind]] ?? [] {
                let head = [String(lineage), group.region, kindName, text.edition(edition.edition)]
                guard let here = byList[edition.id] else {
                    // Before its first appearance there is nothing to say; after it, the item is gone.
                    if let gone = previous {
                        rows.append(head + [String(gone.number), gone.name, text.gone, "", ""])
                        previous = nil
                    }
                    continue
                }
                defer { previous = here }
                guard let before = previous else {
                    rows.append(head + [String(here.number), here.name, text.firstSeen, "", ""])
                    continue
                }
                // The stored step when it was made from this predecessor, else the comparison.
                let step = here.stepFrom == before.item ? here.step : nil
                rows += stepRows(head: head, from: before, to: here, step: try step ?? compared(db, before, here))
            }
        }
        return rows
    }

    /// The rows of one edition of an item after the one before: unchanged, renumbered, or one row
    /// per change line.
    private func stepRows(head: [String], from before: Appearance, to item: Appearance, step: ItemSteps.Step) -> [[String]] {
        let number = String(item.number)
        let renumbered = before.number == item.number ? nil : text.renumbered(before.number, item.number)
        guard step.changed else { return [head + [number, item.name, renumbered ?? text.unchanged, "", ""]] }
        let change = text.modified + (renumbered.map { language.text(.aside($0)) } ?? "")
        return step.lines.map { line in
            head + [number, item.name, change, line.field, line.kind.word(text) + language.text(.colon) + line.detail]
        }
    }

    /// The diff's comparison of two items of a lineage, read back from their JSON (a step not
    /// stored, or made from another item).
    private func compared(_ db: Database, _ before: Appearance, _ item: Appearance) throws -> ItemSteps.Step {
        func stored(_ appearance: Appearance) throws -> (item: Item, columns: [Qingdan.Column]) {
            guard let row = try Row.fetchOne(db, sql: """
                SELECT i.json, l.columns_json FROM items i JOIN lists l ON l.id = i.list_id WHERE i.id = ?
                """, arguments: [appearance.item]) else { throw DatasetError(.database, text.damaged("items", appearance.list)) }
            let json: String = row[0], columnsJSON: String = row[1]
            return (try Item(canonicalJSONData: Data(json.utf8)), try Self.columns(columnsJSON))
        }
        let old = try stored(before), new = try stored(item)
        return ItemSteps.Step(from: old.item, columns: old.columns, to: new.item, columns: new.columns)
    }

    static func columns(_ json: String) throws -> [Qingdan.Column] {
        guard case .array(let values) = try JSONValue.parse(Data(json.utf8)) else { return [] }
        return try values.enumerated().map { try Qingdan.Column(canonicalJSON: $0.element, path: "columns[\($0.offset)]") }
    }
}

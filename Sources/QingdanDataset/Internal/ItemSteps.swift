import Foundation
import GRDB
import Qingdan

/// What changed in each item since the item of the same lineage in the edition before (schema
/// v5 `item_steps`), compared once, when the lists are added: `history` reads these lines
/// instead of reading both items' JSON back and comparing them clause by clause at every step
/// (the history of one name in each of 1,000 lists spent 250 M instructions on that). One row
/// per item, keyed by lineage and list, with the item's 序号 and name; where the item has such a
/// predecessor, it names it (`previous_id`) with the step, so that a query can tell a step made
/// against another item than the one it finds before (it then compares them itself).
///
/// Packed (`PackedCells`): 1 when the diff found a changed field (0: unchanged), the number of
/// lines, then each line's field, kind (`ChangeLine.Kind`'s raw value) and detail.
enum ItemSteps {
    /// One edition's items as stored: the list's row id, its model, the items' row ids and lineages.
    struct Edition {
        var id: Int64
        var list: DutyList
        var itemIDs: [Int64]
        var lineages: [Int64]
    }

    /// One item's step from its predecessor.
    struct Step: Equatable {
        /// Whether the diff found a changed field (lines may still be none).
        var changed: Bool
        var lines: [ChangeLine]

        init(changed: Bool, lines: [ChangeLine]) {
            self.changed = changed
            self.lines = lines
        }

        /// The diff's comparison of the two items.
        init(from old: Item, columns oldColumns: [Qingdan.Column], to new: Item, columns newColumns: [Qingdan.Column]) {
            let changes = ListDiffer().changes(from: old, columns: oldColumns, to: new, columns: newColumns)
            self.init(changed: !changes.isEmpty, lines: changes.flatMap(ChangeLine.lines(of:)))
        }
    }

    /// The steps of `edition`'s items from `previous` (the edition before it in report order),
    /// replacing the list's rows when `replacing` (its lineages, or the edition before it, changed).
    static func write(_ edition: Edition, after previous: Edition?, replacing: Bool, _ db: Database) throws {
        if replacing {
            try db.execute(sql: "DELETE FROM item_steps WHERE list_id = ?", arguments: [edition.id])
        }
        // A lineage is in a list once; were it twice, the last is kept (here and before).
        var before: [Int64: Int] = [:]
        for (j, lineage) in (previous?.lineages ?? []).enumerated() { before[lineage] = j }
        let insert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO item_steps (lineage, list_id, item_id, number, name, previous_id, packed) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, lineage) in edition.lineages.enumerated() {
            let item = edition.list.items[i]
            var from: Int64?, packed: Data?
            if let previous, let j = before[lineage] {
                from = previous.itemIDs[j]
                packed = pack(Step(from: previous.list.items[j], columns: previous.list.columns, to: item, columns: edition.list.columns))
            }
            try insert.execute(arguments: [lineage, edition.id, edition.itemIDs[i], item.number, item.name, from, packed])
        }
    }

    static func pack(_ step: Step) -> Data {
        var packed = PackedCells()
        packed.count(step.changed ? 1 : 0)
        packed.count(step.lines.count)
        for line in step.lines {
            packed.text(line.field)
            packed.count(line.kind.rawValue)
            packed.text(line.detail)
        }
        return packed.data
    }

    /// The step packed in `bytes`; nil when they are damaged (the query then compares the items).
    static func unpack(_ bytes: UnsafeRawBufferPointer) -> Step? {
        var reader = PackedReader(bytes)
        let changed = reader.count(), count = reader.count()
        // Each line takes three bytes at least: a count beyond that is damage.
        guard !reader.failed, changed <= 1, count <= reader.remaining / 3 else { return nil }
        func text(_ span: (offset: Int, count: Int)) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[span.offset..<(span.offset + span.count)]), as: UTF8.self)
        }
        var lines: [ChangeLine] = []
        lines.reserveCapacity(count)
        for _ in 0..<count {
            let field = reader.text(), kind = reader.count(), detail = reader.text()
            guard !reader.failed, let kind = ChangeLine.Kind(rawValue: kind) else { return nil }
            lines.append(ChangeLine(field: text(field), kind: kind, detail: text(detail)))
        }
        guard reader.atEnd else { return nil }
        return Step(changed: changed == 1, lines: lines)
    }

    /// Every list's steps (the migration to v5): each region and kind's editions in report
    /// order, two lists read at a time.
    static func writeAll(_ db: Database) throws {
        let text = DatasetText(.chinese)
        var previous: (group: [String], edition: Edition)?
        for row in try Row.fetchAll(db, sql: "SELECT l.id, l.region, l.kind FROM lists l ORDER BY \(ListOrder.sql)") {
            let id: Int64 = row[0], group: [String] = [row[1], row[2]]
            let edition = try StoredList.load(db, id: id, text: text).steps
            try write(edition, after: previous?.group == group ? previous?.edition : nil, replacing: false, db)
            previous = (group, edition)
        }
    }
}

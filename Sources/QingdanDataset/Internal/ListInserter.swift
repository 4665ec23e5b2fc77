import Foundation
import GRDB
import Qingdan

/// Writes one list into the tables, inside the caller's transaction.
struct ListInserter {
    let db: Database
    let text: DatasetText

    func add(_ list: DutyList, edition: EditionLabel) throws -> AddOutcome {
        if let id = try Int64.fetchOne(db, sql: "SELECT list_id FROM sources WHERE sha256 = ?", arguments: [list.source.sha256]) {
            return .alreadyPresent(id: id)
        }
        let region = RegionKey.of(list)
        let fingerprint = ContentFingerprint.of(list)
        if let row = try Row.fetchOne(db, sql: "SELECT id, content_sha256, source_file FROM lists WHERE region = ? AND kind = ? AND edition = ?",
                                      arguments: [region, list.listKind.rawValue, edition.text]) {
            let id: Int64 = row["id"]
            guard row["content_sha256"] == fingerprint else {
                throw DatasetError(.conflict, text.editionConflict(list.source.file, region: region, kind: list.listKind,
                                                                           edition: edition.text, other: row["source_file"]))
            }
            try insertSource(list.source, listID: id)
            return .sameEdition(id: id)
        }

        try db.execute(sql: """
            INSERT INTO lists (title, kind, province, city, district, township, region, edition, edition_number,
                               source_file, source_format, sha256, pages, content_sha256, columns_json, item_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [list.title, list.listKind.rawValue, list.region.province, list.region.city, list.region.district,
                             list.region.township, region, edition.text, edition.number, list.source.file, list.source.format.rawValue,
                             list.source.sha256, list.source.pages, fingerprint,
                             JSONValue.array(list.columns.map(\.canonicalJSON)).rendered(), list.items.count])
        let listID = db.lastInsertedRowID
        try insertSource(list.source, listID: listID)

        let linker = LineageLinker(db: db, text: text)
        let (lineages, previous) = try linker.lineages(forNew: list, region: region, kind: list.listKind, edition: edition)
        let itemIDs = try insertItems(list, listID: listID, lineages: lineages)
        // Each item's step from the edition before, compared once here for every history query.
        let added = ItemSteps.Edition(id: listID, list: list, itemIDs: itemIDs, lineages: lineages)
        try ItemSteps.write(added, after: previous, replacing: false, db)
        let relinked = try linker.relinkLater(than: edition, region: region, kind: list.listKind, after: added)
        try insertFindings(list.findings, listID: listID)
        // The reports' rows of this list, and the lineages of later editions that changed.
        try ListAnswers.write(listID: listID, db)
        for id in relinked { try ListAnswers.writeDepartments(listID: id, db) }
        return .added(id: listID, items: list.items.count)
    }

    private func insertSource(_ source: SourceInfo, listID: Int64) throws {
        try db.execute(sql: "INSERT INTO sources (sha256, list_id, file, format, pages) VALUES (?, ?, ?, ?, ?)",
                       arguments: [source.sha256, listID, source.file, source.format.rawValue, source.pages])
    }

    private func insertItems(_ list: DutyList, listID: Int64, lineages: [Int64]) throws -> [Int64] {
        let items = try db.cachedStatement(sql: """
            INSERT INTO items (list_id, position, number, category, name, lineage, json) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let departments = try db.cachedStatement(sql: """
            INSERT INTO departments (item_id, position, section, printed, name) VALUES (?, ?, ?, ?, ?)
            """)
        let departmentNames = try db.cachedStatement(sql: "INSERT OR IGNORE INTO department_names (name) VALUES (?)")
        let itemNames = try db.cachedStatement(sql: "INSERT OR IGNORE INTO item_names (name) VALUES (?)")
        var namesSeen = Set<String>()
        let clauses = try db.cachedStatement(sql: """
            INSERT INTO clauses (item_id, column, column_key, section, heading, label, text, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let readings = list.departmentReadings()
        func header(_ key: ColumnKey, _ fallback: String) -> String {
            list.columns.first { $0.key == key }?.header ?? fallback
        }
        let superior = header(.superiorDuties, "上级部门职责"), township = header(.townshipDuties, "乡镇（街道）配合职责"),
            contentHeader = header(.content, "具体内容")

        var ids: [Int64] = []
        ids.reserveCapacity(list.items.count)
        for (index, item) in list.items.enumerated() {
            try items.execute(arguments: [listID, index, item.number, item.category, item.name, lineages[index],
                                          item.canonicalJSON.rendered()])
            let itemID = db.lastInsertedRowID
            ids.append(itemID)
            try itemNames.execute(arguments: [item.name])

            var position = 0
            func department(section: Int?, printed: String, name: String) throws {
                try departments.execute(arguments: [itemID, position, section, printed, name])
                if namesSeen.insert(name).inserted { try departmentNames.execute(arguments: [name]) }
                position += 1
            }
            for reading in readings[index] { try department(section: nil, printed: reading.printed, name: reading.name) }
            // A cell without headings in an item of one department is that department's duty.
            let soleDepartment = item.superiorDuties.count == 1 && item.departments.count == 1 ? item.departments.first : nil
            for (s, section) in item.superiorDuties.enumerated() {
                if let heading = section.heading {
                    for name in section.departments { try department(section: s, printed: Self.withoutColon(heading), name: name) }
                } else if let sole = soleDepartment {
                    try department(section: s, printed: sole, name: sole)
                }
            }

            var clausePosition = 0
            func add(_ list: [Clause], column: String, key: ColumnKey, section: Int?, heading: String?) throws {
                for clause in list {
                    let label = clause.label ?? ""
                    try clauses.execute(arguments: [itemID, column, key.description, section, heading, label, clause.text, clausePosition])
                    clausePosition += 1
                    for sub in clause.subclauses {
                        try clauses.execute(arguments: [itemID, column, key.description, section, heading, label + (sub.label ?? ""),
                                                        sub.text, clausePosition])
                        clausePosition += 1
                    }
                }
            }
            for (s, section) in item.superiorDuties.enumerated() {
                try add(section.clauses, column: superior, key: .superiorDuties, section: s, heading: section.heading)
            }
            try add(item.townshipDuties, column: township, key: .townshipDuties, section: nil, heading: nil)
            if let content = item.content { try add(content, column: contentHeader, key: .content, section: nil, heading: nil) }
        }
        return ids
    }

    private func insertFindings(_ findings: [Finding], listID: Int64) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO findings (list_id, severity, code, item_number, column, message) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for finding in findings {
            try statement.execute(arguments: [listID, finding.severity.rawValue, finding.code, finding.item, finding.column,
                                              finding.message(in: text.language)])
        }
    }

    static func withoutColon(_ heading: String) -> String {
        var name = Substring(heading)
        while let last = name.last, last == "：" || last == ":" { name = name.dropLast() }
        return String(name)
    }
}

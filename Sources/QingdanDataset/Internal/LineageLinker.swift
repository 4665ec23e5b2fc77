import GRDB
import Qingdan

/// Gives items lineage ids that stay the same across the editions of a list: an item matched by
/// content (the diff's `ItemMatcher`, renames and renumbering followed) to one of the edition
/// before takes its lineage; an item without a match starts a new one.
struct LineageLinker {
    let db: Database
    let text: DatasetText

    /// Editions of the region and kind, oldest first, without the one being added.
    private func editions(region: String, kind: ListKind) throws -> [(id: Int64, edition: EditionLabel)] {
        try Row.fetchAll(db, sql: "SELECT id, edition FROM lists WHERE region = ? AND kind = ?", arguments: [region, kind.rawValue])
            .map { (id: $0["id"] as Int64, edition: EditionLabel($0["edition"])) }
            .sorted { $0.edition < $1.edition }
    }

    /// Lineages for the items of a list about to be inserted (its own row is already in `lists`),
    /// and the edition before it (for `ItemSteps`), when there is one.
    func lineages(forNew list: DutyList, region: String, kind: ListKind,
                  edition: EditionLabel) throws -> (lineages: [Int64], previous: ItemSteps.Edition?) {
        let before = try editions(region: region, kind: kind).filter { $0.edition < edition }
        var next = try nextLineage()
        guard let previous = before.last else {
            return (list.items.indices.map { _ in defer { next += 1 }; return next }, nil)
        }
        let stored = try StoredList.load(db, id: previous.id, text: text)
        return (assign(list, after: stored.list, lineages: stored.lineages, own: nil, next: &next), stored.steps)
    }

    /// After a list was inserted before editions already present (a 2024 edition added after the
    /// 2025 one), the later editions' items are matched again down the line. Gives the lists
    /// whose items' lineages changed. Each later edition's steps (`ItemSteps`) are made again:
    /// the first one's edition before is the inserted one, the others' lineages may have changed.
    func relinkLater(than edition: EditionLabel, region: String, kind: ListKind,
                     after inserted: ItemSteps.Edition) throws -> [Int64] {
        var changed: [Int64] = []
        let later = try editions(region: region, kind: kind).filter { edition < $0.edition }
        var previous = inserted
        var next = try nextLineage()
        let update = try db.cachedStatement(sql: "UPDATE items SET lineage = ? WHERE id = ?")
        for edition in later {
            var stored = try StoredList.load(db, id: edition.id, text: text)
            let lineages = assign(stored.list, after: previous.list, lineages: previous.lineages, own: stored.lineages, next: &next)
            for (i, lineage) in lineages.enumerated() where lineage != stored.lineages[i] {
                try update.execute(arguments: [lineage, stored.itemIDs[i]])
            }
            if lineages != stored.lineages { changed.append(edition.id) }
            stored.lineages = lineages
            try ItemSteps.write(stored.steps, after: previous, replacing: true, db)
            previous = stored.steps
        }
        return changed
    }

    /// Matched items take the previous edition's lineage; the others keep their own (when they
    /// had one nobody took) or get a new one.
    private func assign(_ list: DutyList, after previous: DutyList, lineages previousLineages: [Int64], own: [Int64]?,
                        next: inout Int64) -> [Int64] {
        var result = [Int64?](repeating: nil, count: list.items.count)
        var used = Set<Int64>()
        for pair in ListDiffer().matches(previous, list) {
            result[pair.new] = previousLineages[pair.old]
            used.insert(previousLineages[pair.old])
        }
        return result.enumerated().map { i, lineage in
            if let lineage { return lineage }
            if let own, !used.contains(own[i]) {
                used.insert(own[i])
                return own[i]
            }
            defer { next += 1 }
            return next
        }
    }

    private func nextLineage() throws -> Int64 {
        (try Int64.fetchOne(db, sql: "SELECT MAX(lineage) FROM items") ?? 0) + 1
    }
}

/// Compares two editions of a list item by item and clause by clause.
///
///     let diff = ListDiffer().diff(try reader.read(path: "old.pdf"), try reader.read(path: "new.pdf"))
///     diff.isEmpty  // false when anything but nothing changed
public struct ListDiffer: Sendable {
    public init() {}

    public func diff(_ old: DutyList, _ new: DutyList) -> ListDiff {
        let a = old.items.map { ComparedItem($0, columns: old.columns) }
        let b = new.items.map { ComparedItem($0, columns: new.columns) }
        let pairs = ItemMatcher().match(old: a, new: b)

        var oldMatched = [Bool](repeating: false, count: a.count)
        var newMatched = [Bool](repeating: false, count: b.count)
        var modified: [ItemChange] = []
        var renumbered: [ListDiff.Renumbered] = [], unchanged = 0
        for pair in pairs {
            oldMatched[pair.old] = true
            newMatched[pair.new] = true
            let x = a[pair.old], y = b[pair.new]
            let fields = fieldChanges(x, y)
            if !fields.isEmpty {
                modified.append(ItemChange(oldNumber: x.number, newNumber: y.number, oldName: x.name, newName: y.name, fields: fields))
            } else if x.number != y.number {
                renumbered.append(ListDiff.Renumbered(oldNumber: x.number, newNumber: y.number, name: y.name))
            } else {
                unchanged += 1
            }
        }
        return ListDiff(
            old: EditionInfo(old),
            new: EditionInfo(new),
            removed: a.indices.filter { !oldMatched[$0] }.map { ItemSummary(a[$0]) },
            added: b.indices.filter { !newMatched[$0] }.map { ItemSummary(b[$0]) },
            modified: modified,
            renumbered: renumbered.count,
            unchanged: unchanged,
            renumberedItems: renumbered.sorted { $0.oldNumber < $1.oldNumber }
        )
    }

    /// Changed fields in canonical order; the 序号 is not one of them.
    func fieldChanges(_ x: ComparedItem, _ y: ComparedItem) -> [FieldChange] {
        var fields: [FieldChange] = []
        if x.name != y.name { fields.append(.name(TextChange(old: x.name, new: y.name))) }
        if x.category != y.category { fields.append(.category(old: x.category, new: y.category)) }
        if x.departments != y.departments { fields.append(.departments(DepartmentChange(old: x.departments, new: y.departments))) }
        for key in [ColumnKey.superiorDuties, .townshipDuties, .content] {
            let before = x.duty(key), after = y.duty(key)
            guard before != nil || after != nil else { continue }
            let empty = DutyColumn(sections: [], cellText: nil)
            if before != after { fields.append(.duties(key, dutyChange(before ?? empty, after ?? empty))) }
        }
        var keys: [String] = []
        for cell in x.otherCells + y.otherCells where !keys.contains(cell.key) { keys.append(cell.key) }
        for key in keys {
            let before = x.otherCells.first { $0.key == key }, after = y.otherCells.first { $0.key == key }
            let old = before?.text ?? "", new = after?.text ?? ""
            if old != new {
                fields.append(.cell(key: key, header: after?.header ?? before?.header ?? key, TextChange(old: old, new: new)))
            }
        }
        return fields
    }

    private func dutyChange(_ x: DutyColumn, _ y: DutyColumn) -> DutyChange {
        let clauses = ClauseAligner().changes(from: x.units, to: y.units)
        let added = y.headings.filter { !x.headings.contains($0) }
        let removed = x.headings.filter { !y.headings.contains($0) }
        let explained = !clauses.isEmpty || !added.isEmpty || !removed.isEmpty
        return DutyChange(headingsAdded: added, headingsRemoved: removed, clauses: clauses,
                          cellText: explained ? nil : TextChange(old: x.plainText, new: y.plainText))
    }
}

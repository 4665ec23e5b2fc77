/// The diff's item matching and field comparison, for callers that follow items over more than
/// two editions (the dataset's lineage and history) or across townships.
extension ListDiffer {
    /// Items of `old` and `new` that are one item, by content (`ItemMatcher`): pairs of indices
    /// into `old.items` and `new.items`, ordered by the old index.
    public func matches(_ old: DutyList, _ new: DutyList) -> [(old: Int, new: Int)] {
        let a = old.items.map { ComparedItem($0, columns: old.columns) }
        let b = new.items.map { ComparedItem($0, columns: new.columns) }
        return ItemMatcher().match(old: a, new: b)
    }

    /// What changed from `old` (of a list with `oldColumns`) to `new`, field by field and clause
    /// by clause, exactly as `diff` reports a modified item; empty when only the 序号 differs.
    public func changes(from old: Item, columns oldColumns: [Column], to new: Item, columns newColumns: [Column]) -> [FieldChange] {
        fieldChanges(ComparedItem(old, columns: oldColumns), ComparedItem(new, columns: newColumns))
    }
}

/// What changed between two editions of a list (清单), item by item.
public struct ListDiff: Sendable, Equatable {
    public var old: EditionInfo
    public var new: EditionInfo
    /// Items only the old edition has, in its order.
    public var removed: [ItemSummary]
    /// Items only the new edition has, in its order.
    public var added: [ItemSummary]
    /// Matched items whose content changed, in the old edition's order.
    public var modified: [ItemChange]
    /// Matched items whose only change is their 序号.
    public var renumbered: Int
    /// Matched items with the same 序号 and content.
    public var unchanged: Int

    public init(old: EditionInfo, new: EditionInfo, removed: [ItemSummary], added: [ItemSummary],
                modified: [ItemChange], renumbered: Int, unchanged: Int) {
        self.old = old
        self.new = new
        self.removed = removed
        self.added = added
        self.modified = modified
        self.renumbered = renumbered
        self.unchanged = unchanged
    }

    public var titleChanged: Bool { old.title != new.title }

    /// True when the editions hold the same items under the same numbers and title.
    public var isEmpty: Bool {
        removed.isEmpty && added.isEmpty && modified.isEmpty && renumbered == 0 && !titleChanged
    }
}

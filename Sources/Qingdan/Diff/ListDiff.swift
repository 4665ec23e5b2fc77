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
    /// Those items, old and new 序号 with the name, in the old edition's order.
    public var renumberedItems: [Renumbered]

    public struct Renumbered: Sendable, Equatable {
        public var oldNumber: Int
        public var newNumber: Int
        public var name: String
    }
    /// Matched items with the same 序号 and content.
    public var unchanged: Int

    public init(old: EditionInfo, new: EditionInfo, removed: [ItemSummary], added: [ItemSummary],
                modified: [ItemChange], renumbered: Int, unchanged: Int, renumberedItems: [Renumbered] = []) {
        self.old = old
        self.new = new
        self.removed = removed
        self.added = added
        self.modified = modified
        self.renumbered = renumbered
        self.renumberedItems = renumberedItems
        self.unchanged = unchanged
    }

    public var titleChanged: Bool { old.title != new.title }

    /// True when the editions hold the same items under the same numbers and title.
    public var isEmpty: Bool {
        removed.isEmpty && added.isEmpty && modified.isEmpty && renumbered == 0 && !titleChanged
    }

    /// How many modified items changed the field with `key` (`name`, `departments`, …).
    public func modifiedCount(field key: String) -> Int {
        modified.filter { $0.fields.contains { $0.key == key } }.count
    }

    /// Fields that changed in any item, as (key, printed title), in canonical order.
    public var changedFields: [(key: String, title: String)] {
        var fields: [(key: String, title: String)] = []
        for change in modified {
            for field in change.fields where !fields.contains(where: { $0.key == field.key }) {
                fields.append((field.key, field.title))
            }
        }
        let order = ["name", "category", "departments", "superior_duties", "township_duties", "content"]
        func rank(_ key: String) -> Int { order.firstIndex(of: key) ?? order.count }
        return fields.enumerated().sorted { a, b in
            rank(a.element.key) != rank(b.element.key) ? rank(a.element.key) < rank(b.element.key) : a.offset < b.offset
        }.map(\.element)
    }
}

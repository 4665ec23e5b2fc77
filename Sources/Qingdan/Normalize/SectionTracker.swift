/// Follows the section rows (分类行) down the table: the category (一、…) and sub-category
/// (（一）…) in force, given to each item below until the next section row.
struct SectionTracker: Sendable {
    private(set) var rows: [ListSection] = []
    private var category: String?
    private var subcategory: String?
    /// Sections entered since the last item, waiting for the number of the item that follows.
    private var pending: [Int] = []

    mutating func enter(_ text: String) {
        // A row a reader marked as a section without a label reads as a category.
        let heading = SectionHeading(spanningRow: text) ?? SectionHeading(level: 1, title: text)
        if heading.level == 1 {
            category = heading.title
            subcategory = nil
        } else {
            subcategory = heading.title
        }
        pending.append(rows.count)
        rows.append(ListSection(text: text, level: heading.level, title: heading.title, firstItem: nil))
    }

    /// Gives `item` the category and sub-category in force where its own cells name none.
    mutating func place(_ item: inout Item) {
        for index in pending { rows[index].firstItem = item.number }
        pending = []
        if CellText.isBlank(item.category ?? ""), let category { item.category = category }
        if item.subcategory == nil, let subcategory { item.subcategory = subcategory }
    }
}

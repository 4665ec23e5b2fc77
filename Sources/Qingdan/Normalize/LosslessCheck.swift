/// Rebuilds duty cells from their structure, to show that reading them lost and invented nothing:
/// heading + label + text + subclauses, in order, must give the printed cell back (line breaks
/// aside). Shared by the tests of every input form.
enum LosslessCheck {
    static func text(of sections: [Section]) -> String {
        sections.map { ($0.heading ?? "") + text(of: $0.clauses) }.joined()
    }

    static func text(of clauses: [Clause]) -> String {
        clauses.map { ($0.label ?? "") + $0.text + text(of: $0.subclauses) }.joined()
    }

    /// The printed cell as the rebuilt text is compared with it.
    static func comparable(_ cell: String) -> String {
        String(String.UnicodeScalarView(cell.unicodeScalars.filter { $0 != "\n" }))
    }

    /// Columns of `item` whose structure does not rebuild the printed cell.
    static func mismatches(in item: Item, columns: [Column]) -> [Column] {
        columns.filter { column in
            guard let rebuilt = item.rebuiltText(of: column.key), let printed = item.cell(column.header) else { return false }
            return rebuilt != comparable(printed)
        }
    }
}

/// A section row (分类行) in `pdftotext -layout` text: one run alone on its line, reading as a
/// section heading (`一、党的建设`, `（一）基层党建`, `党的建设（5 项）`). The row spans the table, so it
/// prints across the column gutters; it is neither a header wrap, nor a gutter's ink, nor text
/// of the row above.
enum LayoutSectionRow {
    /// The heading `line` prints, spaces pdftotext invented removed (`党的建设（5 项）` →
    /// `党的建设（5项）`); nil when the line is anything else.
    static func heading(of line: LayoutLine) -> String? {
        guard line.runs.count == 1, let run = line.runs.first, mayBeHeading(run) else { return nil }
        let text = InventedSpaceRemover.clean(run.text)
        return SectionHeading(text) == nil ? nil : text
    }

    /// The heading of `line` when it also starts in the table's first column (a section row is
    /// printed from the left edge of the table; a clause line `（一）…` of a duty cell starts in
    /// its own column).
    static func heading(of line: LayoutLine, columns: LayoutColumns) -> String? {
        guard let run = line.runs.first, columns.column(at: run.start) == 0 else { return nil }
        return heading(of: line)
    }

    /// A cheap look before `SectionHeading` is asked (every line alone on its line is, on every
    /// page, several times): a heading begins with its label (一、 （一）) or ends with its count
    /// (（12项）, 12 项) — its first and last printed scalars tell, where scalars are Characters
    /// (removing invented spaces keeps both).
    private static func mayBeHeading(_ run: LayoutRun) -> Bool {
        guard run.isSimple else { return true }
        let scalars = run.text.unicodeScalars
        guard let first = scalars.first(where: { !$0.isWhiteSpace }),
              let last = scalars.last(where: { !$0.isWhiteSpace }) else { return false }
        return ClauseLabel.canBeginLabel(first.value) || last == "）" || last == ")" || last == "项" || last == "条"
    }

    /// `lines` without section rows: what the gutters between columns are measured on.
    static func withoutSections(_ lines: some Sequence<LayoutLine>) -> [LayoutLine] {
        lines.filter { heading(of: $0) == nil }
    }
}

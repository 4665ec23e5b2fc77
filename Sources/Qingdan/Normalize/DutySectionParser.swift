/// Splits a 上级部门职责 cell into sections, one per department heading:
///
///     cell    := section*
///     section := heading? paragraph*
///
/// Text before any heading (or a cell with none) is a section without heading. An unmarked
/// paragraph after the marked clauses of a headed section ("其他相关部门在各自的职责范围内…")
/// starts a trailing section without heading: such closing sentences speak of other departments,
/// not of the one the heading names, so filing them under it would credit it with a duty that is
/// not its own. Either way every paragraph lands in exactly one section, so the cell stays whole.
struct DutySectionParser: Sendable {
    /// One section before its heading's names are resolved.
    struct Part: Sendable {
        var heading: DepartmentHeading?
        var clauses: [Clause]
    }

    var isKnownDepartment: @Sendable (String) -> Bool

    func parse(_ cell: String) -> [Part] {
        var parts: [Part] = []
        var heading: DepartmentHeading?
        var builder = ClauseListBuilder()
        var isOpen = false

        func close() {
            if isOpen { parts.append(Part(heading: heading, clauses: builder.clauses)) }
            builder = ClauseListBuilder()
            heading = nil
            isOpen = false
        }

        for line in CellText.lines(of: cell) {
            let paragraph = String(line)
            if let next = DepartmentHeading(paragraph: paragraph, isKnown: isKnownDepartment) {
                close()
                heading = next
                isOpen = true
                continue
            }
            if heading != nil, builder.hasLabeledClause, !Self.startsWithLabel(paragraph) {
                close()
            }
            builder.add(paragraph: paragraph)
            isOpen = true
        }
        close()
        return parts
    }

    static func startsWithLabel(_ paragraph: String) -> Bool {
        guard let first = paragraph.unicodeScalars.first, ClauseLabel.canBeginLabel(first.value) else { return false }
        let simple = paragraph.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard SimpleScalars.all(utf8: bytes) else { return nil }
            var cursor = UTF8MarkerCursor(bytes)
            return cursor.readClauseLabel() != nil
        }
        if let simple, let simple { return simple }
        var reader = DutyTextReader(paragraph)
        return reader.readClauseLabel() != nil
    }
}

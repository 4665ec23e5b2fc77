/// Collects the clauses of a cell, nesting each marked clause under the previous one when its
/// marker family is further down (（1） under 1., ① under （1） or 1.).
struct ClauseListBuilder: Sendable {
    private(set) var clauses: [Clause] = []

    /// Whether any top-level clause carries a marker.
    var hasLabeledClause: Bool { clauses.contains { $0.label != nil } }

    /// Adds the clauses of one paragraph; numbered clauses run on in it (1.负责甲。2.配合乙。) are
    /// cut apart first where their labels are a clean sequence (`ClauseLabel.runOnClauseStarts`).
    mutating func add(paragraph: String) {
        var start = paragraph.startIndex
        for end in ClauseLabel.runOnClauseStarts(in: paragraph) + [paragraph.endIndex] {
            var parser = ClauseParagraphParser(String(paragraph[start..<end]))
            for clause in parser.parse() {
                Self.attach(clause, to: &clauses)
            }
            start = end
        }
    }

    private static func attach(_ clause: Clause, to list: inout [Clause]) {
        if let kind = clause.label.flatMap(ClauseLabel.init)?.kind,
           let last = list.indices.last,
           let lastKind = list[last].label.flatMap(ClauseLabel.init)?.kind,
           lastKind < kind {
            attach(clause, to: &list[last].subclauses)
        } else {
            list.append(clause)
        }
    }

    /// Clauses of a cell whose paragraphs are separated by hard breaks.
    static func clauses(of cell: String) -> [Clause] {
        var builder = ClauseListBuilder()
        for paragraph in CellText.lines(of: cell) {
            builder.add(paragraph: String(paragraph))
        }
        return builder.clauses
    }
}

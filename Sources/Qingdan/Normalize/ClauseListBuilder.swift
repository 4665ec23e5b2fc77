/// Collects the clauses of a cell, nesting each marked clause under the previous one when its
/// marker family is further down (（1） under 1., ① under （1） or 1.).
struct ClauseListBuilder: Sendable {
    private(set) var clauses: [Clause] = []
    /// The marker family of the last clause at each depth down the last clauses (`clauses.last`,
    /// its last subclause, …; nil for one without a marker): where `attach` would walk, each
    /// label read once instead of at every clause added after it.
    private var lastKinds: [ClauseLabel.Kind?] = []

    /// Whether any top-level clause carries a marker.
    var hasLabeledClause: Bool { clauses.contains { $0.label != nil } }

    /// Adds the clauses of one paragraph; numbered clauses run on in it (1.负责甲。2.配合乙。) are
    /// cut apart first where their labels are a clean sequence (`ClauseLabel.runOnClauseStarts`).
    mutating func add(paragraph: String) {
        let starts = ClauseLabel.runOnClauseStarts(in: paragraph)
        // Most paragraphs are one clause: parsed as they are, not copied first.
        guard !starts.isEmpty else {
            for (clause, kind) in Self.parse(paragraph) { attach(clause, kind: kind) }
            return
        }
        var start = paragraph.startIndex
        for end in starts + [paragraph.endIndex] {
            for (clause, kind) in Self.parse(String(paragraph[start..<end])) {
                attach(clause, kind: kind)
            }
            start = end
        }
    }

    /// The clauses of one clause's paragraph; clauses printed inline after its colon
    /// (…程序：（1）…；（2）…) become its subclauses (`InlineClauseRun`).
    private static func parse(_ paragraph: String) -> [(clause: Clause, kind: ClauseLabel.Kind?)] {
        let inline = InlineClauseRun.starts(in: paragraph)
        guard let first = inline.first else {
            var parser = ClauseParagraphParser(paragraph)
            return parser.parseWithKinds()
        }
        var parser = ClauseParagraphParser(String(paragraph[..<first]))
        var lead = parser.parseWithKinds()
        guard !lead.isEmpty else { return lead }
        for (index, start) in inline.enumerated() {
            let end = index + 1 < inline.count ? inline[index + 1] : paragraph.endIndex
            var part = ClauseParagraphParser(String(paragraph[start..<end]))
            for clause in part.parse() {
                attach(clause, to: &lead[lead.count - 1].clause.subclauses)
            }
        }
        return lead
    }

    /// `attach(_:to:)` on `clauses`, walking down `lastKinds` instead of reading the labels of
    /// the last clauses again; `kind` is the family of the clause's label.
    private mutating func attach(_ clause: Clause, kind: ClauseLabel.Kind?) {
        var depth = 0
        if let kind {
            while depth < lastKinds.count, let lastKind = lastKinds[depth], lastKind < kind { depth += 1 }
        }
        Self.append(clause, atDepth: depth, to: &clauses)
        lastKinds.removeSubrange(depth...)
        lastKinds.append(kind)
        var below = clause.subclauses
        while let last = below.last {
            lastKinds.append(last.label.flatMap(ClauseLabel.init)?.kind)
            below = last.subclauses
        }
    }

    private static func append(_ clause: Clause, atDepth depth: Int, to list: inout [Clause]) {
        guard depth > 0, let last = list.indices.last else {
            list.append(clause)
            return
        }
        append(clause, atDepth: depth - 1, to: &list[last].subclauses)
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

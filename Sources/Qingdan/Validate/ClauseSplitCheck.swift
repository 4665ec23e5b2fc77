/// A duty cell whose numbered clauses were not split apart: the next clause's label is still
/// inside a clause's text right after a sentence (`1.负责甲。2.2022年起负责乙。` read as one clause).
struct ClauseSplitCheck: Sendable {
    func findings(in item: Item, columns: [Column]) -> [Finding] {
        var findings: [Finding] = []
        for column in columns {
            let clauses: [Clause]
            switch column.key {
            case .superiorDuties: clauses = item.superiorDuties.flatMap(\.clauses)
            case .townshipDuties: clauses = item.townshipDuties
            case .content: clauses = item.content ?? []
            default: continue
            }
            if let glued = clauses.first(where: Self.holdsNextLabel) {
                let label = glued.label ?? ""
                findings.append(Finding(.error, "clause.unsplit", item: item.number, column: column.header,
                                        .clauseUnsplit(item: item.number, column: column.header, label: label, excerpt: Self.excerpt(glued.text))))
            }
        }
        return findings
    }

    /// Whether a sentence end in the clause's text is followed by the label the next clause would
    /// carry (the clause's own value plus one, or 1./2. after an unnumbered paragraph).
    static func holdsNextLabel(_ clause: Clause) -> Bool {
        let own = clause.label.flatMap(ClauseLabel.init)
        let text = Array(clause.text)
        for index in text.indices.dropLast() where ClauseLabel.sentenceEnds.contains(text[index]) {
            guard let (next, _) = ClauseLabel.prefix(of: String(text[(index + 1)...].prefix(8))) else { continue }
            if let own {
                if next.kind == own.kind, next.value == own.value + 1 { return true }
            } else if next.kind == .arabic, next.value <= 2 {
                return true
            }
        }
        return false
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}

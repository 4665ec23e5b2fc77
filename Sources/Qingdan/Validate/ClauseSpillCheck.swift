/// A duty cell whose clauses go on in the next column: the cell's last clause is `1.` and the
/// cell printed right of it begins with `2.` (`具体内容` 1.制定…备案。 | `履职依据` 2.2022年起…): the
/// text reader ended the cell too early and every later cell of the row moved one column right.
/// Empty cells between are passed over (`具体内容` 1.… | `履职依据` empty | `责任科室` 2.…).
struct ClauseSpillCheck: Sendable {
    func findings(in item: Item, columns: [Column]) -> [Finding] {
        var findings: [Finding] = []
        for (position, column) in columns.enumerated() where position + 1 < item.cells.count {
            let clauses: [Clause]
            switch column.key {
            case .superiorDuties: clauses = item.superiorDuties.last?.clauses ?? []
            case .townshipDuties: clauses = item.townshipDuties
            case .content: clauses = item.content ?? []
            default: continue
            }
            guard let last = clauses.last?.label.flatMap(ClauseLabel.init),
                  let right = item.cells[(position + 1)...].first(where: { !CellText.isBlank($0.text) }),
                  let (next, _) = ClauseLabel.prefix(of: right.text),
                  next.kind == last.kind, next.value == last.value + 1 else { continue }
            let neighbour = right.header
            findings.append(Finding(.error, "clause.spilled", item: item.number, column: column.header,
                                    .clauseSpilled(item: item.number, column: column.header, next: neighbour,
                                                   label: next.printed)))
        }
        return findings
    }
}

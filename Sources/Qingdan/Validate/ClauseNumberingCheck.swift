/// Checks that the clause markers of each clause list run 1, 2, 3 … (and ①②③ …) per marker family.
struct ClauseNumberingCheck: Sendable {
    func findings(in item: Item, columns: [Column]) -> [Finding] {
        var findings: [Finding] = []
        for column in columns {
            switch column.key {
            case .superiorDuties:
                for section in item.superiorDuties {
                    check(section.clauses, item: item.number, column: column.header, place: section.heading, into: &findings)
                }
            case .townshipDuties:
                check(item.townshipDuties, item: item.number, column: column.header, place: nil, into: &findings)
            case .content:
                check(item.content ?? [], item: item.number, column: column.header, place: nil, into: &findings)
            default:
                continue
            }
        }
        return findings
    }

    private func check(_ clauses: [Clause], item: Int, column: String, place: String?, into findings: inout [Finding]) {
        guard !clauses.isEmpty else { return }
        var last = LastLabels()
        for clause in clauses {
            if let label = clause.label.flatMap(ClauseLabel.init) {
                let previous = last[label.kind]
                let expected = (previous?.value ?? 0) + 1
                if let previous, label.value <= previous.value {
                    findings.append(Finding(.warning, "clause.numbering-repeat", item: item, column: column,
                                            .clauseRepeat(label: label.printed, previous: previous.printed, heading: place)))
                } else if label.value > expected {
                    findings.append(Finding(.warning, "clause.numbering-skip", item: item, column: column,
                                            .clauseSkip(label: label.printed, previous: previous?.printed, heading: place)))
                }
                last[label.kind] = label
            }
            check(clause.subclauses, item: item, column: column, place: place, into: &findings)
        }
    }
}

/// The last label of each marker family in one clause list: a field per family, no dictionary to
/// hash into nor array to allocate for every list (most lists of subclauses are empty).
private struct LastLabels {
    private var chinese: ClauseLabel?
    private var parenChinese: ClauseLabel?
    private var arabic: ClauseLabel?
    private var parenArabic: ClauseLabel?
    private var circled: ClauseLabel?

    subscript(kind: ClauseLabel.Kind) -> ClauseLabel? {
        get {
            switch kind {
            case .chinese: return chinese
            case .parenChinese: return parenChinese
            case .arabic: return arabic
            case .parenArabic: return parenArabic
            case .circled: return circled
            }
        }
        set {
            switch kind {
            case .chinese: chinese = newValue
            case .parenChinese: parenChinese = newValue
            case .arabic: arabic = newValue
            case .parenArabic: parenArabic = newValue
            case .circled: circled = newValue
            }
        }
    }
}

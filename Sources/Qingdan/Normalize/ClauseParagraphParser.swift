/// Reads one paragraph (a hard-broken line of a duty cell) into clauses:
///
///     paragraph := label? text circled*
///     circled   := ①text ②text …      (split only where the numbers go up)
///
/// A paragraph that starts with a circled number gives sibling clauses (①…, ②…); circled numbers
/// after other text become subclauses of the paragraph's clause (1.负责…①…②…).
struct ClauseParagraphParser: Sendable {
    private let paragraph: String
    private var reader = DutyTextReader("")

    init(_ paragraph: String) {
        self.paragraph = paragraph
    }

    mutating func parse() -> [Clause] {
        if SimpleScalars.all(paragraph) {
            // No circled number is a simple scalar (①… join nothing but are not in that set), so
            // the paragraph is one clause: its marker, then the rest — read without Characters.
            var labelReader = DutyTextReader(ClauseLabel.grammarPrefix(of: paragraph))
            let label = labelReader.readClauseLabel()
            return [Clause(label: label?.printed, text: String(Substring(paragraph.unicodeScalars.dropFirst(labelReader.index))))]
        }
        reader = DutyTextReader(paragraph)
        let label = reader.readClauseLabel()
        if let label, label.kind == .circled {
            return readCircledRun(first: label)
        }
        let text = readText(after: 0)
        var clause = Clause(label: label?.printed, text: text)
        if let first = reader.readCircledLabel() {
            clause.subclauses = readCircledRun(first: first)
        }
        return [clause]
    }

    /// ①text②text…, the cursor just past the first marker.
    private mutating func readCircledRun(first: ClauseLabel) -> [Clause] {
        var clauses: [Clause] = []
        var label = first
        while true {
            let text = readText(after: label.value)
            clauses.append(Clause(label: label.printed, text: text))
            guard let next = reader.readCircledLabel() else { return clauses }
            label = next
        }
    }

    /// Text up to the next circled number above `value` or the end; a run starts at ①. A number
    /// that goes back (见①) is a reference, not a marker. One that skips ahead still splits, so
    /// that the validator can report the skip.
    private mutating func readText(after value: Int) -> String {
        reader.read(until: { reader in
            guard let next = reader.currentUnit.flatMap({ ClauseLabel.circledValue($0.value) }) else { return false }
            return value == 0 ? next == 1 : next > value
        })
    }
}

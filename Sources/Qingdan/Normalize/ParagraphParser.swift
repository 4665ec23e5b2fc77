/// Reads one paragraph (a hard-broken line of a duty cell) into clauses:
///
///     paragraph := label? text circled*
///     circled   := ①text ②text …      (split only where the numbers run in sequence)
///
/// A paragraph that starts with a circled number gives sibling clauses (①…, ②…); circled numbers
/// after other text become subclauses of the paragraph's clause (1.负责…①…②…).
struct ParagraphParser {
    private var reader: TextReader

    init(_ paragraph: String) {
        reader = TextReader(paragraph)
    }

    mutating func parse() -> [Clause] {
        let label = reader.readClauseLabel()
        if let label, label.kind == .circled {
            return readCircledRun(first: label)
        }
        let text = readText(upTo: 1)
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
            let text = readText(upTo: label.value + 1)
            clauses.append(Clause(label: label.printed, text: text))
            guard let next = reader.readCircledLabel() else { return clauses }
            label = next
        }
    }

    /// Text up to the circled number `value` (the next one in sequence) or the end.
    private mutating func readText(upTo value: Int) -> String {
        reader.read(until: { $0.current.flatMap(ClauseLabel.circledValue) == value })
    }
}

/// One printed line of `pdftotext -layout` output.
struct LayoutLine: Sendable, Equatable {
    /// 1-based line number in the text.
    var number: Int
    /// 1-based page number (form feeds start pages).
    var page: Int
    let runs: [LayoutRun]
    /// Printed characters of the runs (`PrintedCharacters`), counted once when the line is read:
    /// the conservation tally asks for them of every line, and of the page bodies again.
    let printedCharacters: Int

    init(number: Int, page: Int, runs: [LayoutRun]) {
        self.number = number
        self.page = page
        self.runs = runs
        printedCharacters = runs.reduce(0) { $0 + PrintedCharacters.count($1.text) }
    }

    var isBlank: Bool { runs.isEmpty }
    /// The run texts, positions left out: what a repeated header line is compared by.
    var texts: [String] { runs.map(\.text) }
    /// The line as read, runs separated by two spaces (for messages).
    var display: String { texts.joined(separator: "  ") }
}

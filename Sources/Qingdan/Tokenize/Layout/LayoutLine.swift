/// One printed line of `pdftotext -layout` output.
struct LayoutLine: Sendable, Equatable {
    /// 1-based line number in the text.
    var number: Int
    /// 1-based page number (form feeds start pages).
    var page: Int
    var runs: [LayoutRun]

    var isBlank: Bool { runs.isEmpty }
    /// The run texts, positions left out: what a repeated header line is compared by.
    var texts: [String] { runs.map(\.text) }
    /// The line as read, runs separated by two spaces (for messages).
    var display: String { texts.joined(separator: "  ") }
}

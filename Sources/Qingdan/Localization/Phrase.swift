/// Labels of the reports and lines of the CLI, as data; each `Catalogue` words them.
/// Names printed in the list itself (its headers, 序号, 事项名称 …) are not phrases: they are
/// shown as printed.
public enum Phrase: Sendable, Equatable, Hashable {
    // Findings wherever they are listed.
    case severity(Finding.Severity)
    /// "第 5 项" — the item a finding is about.
    case itemPlace(Int)

    // Markdown of a list.
    /// Under the title: how many items, from which file. `file` arrives formatted (a code span).
    case listSummary(items: Int, file: String, format: String, pages: Int?)
    case noCategory
    case categoryCounts
    case itemCount
    case total
    case contents
    case findings

    // XLSX.
    case sheetItems
    case sheetClauses
    case clauseNumber, clauseName, clauseColumn, clauseDepartment, clauseLabel, clauseText

    // Diff reports (HTML and Markdown; the JSON keeps its keys).
    case diffTitle(String)
    /// `old` and `new` arrive formatted (code spans or `<code>`).
    case editions(old: String, oldItems: Int, new: String, newItems: Int)
    case titleChanged
    /// Punctuation: "：" / ": ", "；" / "; ", "（x）" / " (x)".
    case colon
    case listSeparator
    case aside(String)
    case editionsSame
    case summaryChange
    case summaryItems
    case removedItems
    case addedItems
    case modifiedItems
    case oldNumber
    case newNumber
    case removed
    case added
    case modified
    case renamed
    case moved
    case reworded
    case reordered
    case headingAdded
    case headingRemoved
    case wholeCell
    case fieldRenamed
    case fieldChanged(String)
    case renumberedOnly
    /// The collapsed list of renumbered items: "仅序号变化的事项（48 项）".
    case renumberedItems(Int)
    case duties
    /// A change of one or two characters, spelled out beside it so it cannot be missed.
    case tinyDeletion(String)
    case tinyInsertion(String)
    case unchanged

    // inspect's legend.
    case legendRules, legendCells, legendHeader, legendRow

    // CLI.
    /// One line about a file: "list.pdf: page 3: damaged page".
    case problem(file: String, location: QingdanError.Location?, message: String)
    case converted(done: Int, total: Int, failed: Int)
    case cannotStart(file: String)
    case crashed(file: String, signal: Int32)
    case failed(file: String, exitCode: Int32)
    /// After a file is converted, on a terminal: "✔ a.pdf：100 项；错误 0 …  → out/a.{json,md}".
    case fileConverted(file: String, items: Int, errors: Int, warnings: Int, infos: Int, outputs: String)
    /// The batch progress line: "[####....] 3/10 · a.pdf · 还需约 12 秒".
    case progress(bar: String, done: Int, total: Int, current: String, remaining: Int?)
    /// The last line of `check`.
    case checkSummary(files: Int, errors: Int, warnings: Int, infos: Int, unreadable: Int)
    /// Two inputs would write the same output names; this one's keep its extension.
    case outputsRenamed(file: String, stem: String)
    case binaryToTerminal(format: String)
    case needOutputDirectory
    case jobsAtLeastOne
    case unknownFormat(name: String, choices: String)
    case noFormat
    case minSeverityChoices
    case languageChoices
}

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
    case unchanged

    // CLI.
    /// One line about a file: "list.pdf: page 3: damaged page".
    case problem(file: String, location: QingdanError.Location?, message: String)
    case converted(done: Int, total: Int, failed: Int)
    case cannotStart(file: String)
    case crashed(file: String, signal: Int32)
    case failed(file: String, exitCode: Int32)
    case needOutputDirectory
    case jobsAtLeastOne
    case unknownFormat(name: String, choices: String)
    case noFormat
    case minSeverityChoices
    case languageChoices
}

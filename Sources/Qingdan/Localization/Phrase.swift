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

    // The dataset (`qingdan dataset …` and the web app's dataset page).
    /// 配合履职事项清单 — a kind of list, as a clerk names it.
    case listKindName(ListKind)
    /// An edition without a label: "（无版本号）".
    case noEdition
    /// A report column's printed header; its key (the JSON name) is the case's raw value.
    case reportColumn(ReportColumn)
    case departmentReportTitle(String)
    /// `asked` is the name as typed, `resolved` the department it stands for.
    case departmentReportNote(asked: String, resolved: String, items: Int, lists: Int)
    case historyReportTitle(String)
    case historyReportNote(lineages: Int)
    case compareReportTitle(String, String)
    /// `a` and `b` arrive as `compareListDescription`.
    case compareReportNote(a: String, b: String, shared: Int, onlyA: Int, onlyB: Int)
    case compareListDescription(title: String, edition: String, id: Int64)
    case onlyInA, onlyInB
    case summaryReportTitle
    case summaryReportNote(lists: Int, items: Int)
    /// An item's history, edition by edition.
    case historyFirstSeen, historyUnchanged, historyModified, historyGone
    case historyRenumbered(old: Int, new: Int)
    case historyHeadingAdded, historyHeadingRemoved, historyCellChanged, historyMoved
    /// The last line of `dataset build`.
    case datasetBuilt(added: Int, items: Int, present: Int, sameEdition: Int, failed: Int)
    // Why a dataset cannot be opened, written or asked.
    case datasetMissing(path: String)
    case datasetCannotOpen(path: String, detail: String)
    case datasetCannotWrite(path: String, detail: String)
    case datasetCannotRead(path: String, detail: String)
    /// Opened read-only (the web app) but made by an older version: its tables lack what queries use.
    case datasetOutdated(path: String)
    case datasetDamaged(place: String, list: Int64)
    case datasetNoList(String)
    case datasetSeveralLists(String, candidates: [String])
    case datasetNoItem(String)
    case datasetNoLineage(Int64)
    case datasetEditionConflict(file: String, region: String, kind: ListKind, edition: String, other: String)
    /// One list offered by the dataset page: "12 · 大同市云冈区口泉乡配合履职事项清单（2025）".
    case datasetListChoice(id: Int64, title: String, edition: String)
}

/// The columns of the dataset's reports; the raw value is the JSON key (stable English).
public enum ReportColumn: String, Sendable, CaseIterable {
    case region, township, kind, edition, number, name, lineage, column, heading, label, text
    case change, field, detail, side, category, departments, items
}

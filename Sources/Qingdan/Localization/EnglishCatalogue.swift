/// English: for maintainers (`--lang en`, or an English locale for CLI messages).
public struct EnglishCatalogue: Catalogue {
    public init() {}

    public func text(_ message: FindingMessage) -> String {
        switch message {
        case .textAboveHeaderRow(let text):
            return "text in the table above its header row: \(text)"
        case .paragraphAboveTable(let text):
            return "text above the table not read: \(text)"
        case .paragraphAfterTable(let text):
            return "text after the table not read: \(text)"
        case .lossyEncoding:
            return "the page is in no known character set; undecodable bytes read as �"
        case .pageWithoutText(let page):
            return "page \(page): no text layer; OCR is not supported; page skipped"
        case .rulesFromRendering(let page):
            return "page \(page): table rules read from a rendering of the page (its drawing forms no grid, or exceeds the reading budget)"
        case .strayLine(let line, let text, let item):
            return "line \(line): “\(text)” completes no cell of item \(item)"
        case .numberAfterNextInside(let line, let item):
            return "line \(line): item \(item) holds a line starting with \(item + 2); is 序号 \(item + 1) missing or misprinted?"
        case .numberSkippedAfter(let line, let next, let item):
            return "line \(line): item \(next) follows item \(item); if 序号 \(item + 1) is misprinted, its text was read into item \(item)"
        case .preambleNotRead(let line, let text):
            return "line \(line): text above the table header not read: \(text)"
        case .textBetweenHeaderAndFirstRow(let line, let text):
            return "line \(line): text between header and first row: \(text)"
        case .pageNumberLeftOut(let line, let text):
            return "line \(line): page number “\(text)” left out"
        case .textOutsideTable(let line, let page, let text):
            return "line \(line) (page \(page)): text outside the table: \(text)"
        case .textAboveTableHeader(let line, let page, let text):
            return "line \(line) (page \(page)): text above the table header: \(text)"
        case .footerLeftOut(let line, let page, let pages, let text):
            return "line \(line) (page \(page)): footer on \(pages) pages left out of the table: \(text)"
        case .numberOutOfSequence(let line, let page, let number, let after, let startsRow):
            return "line \(line) (page \(page)): number \(number) after \(after)"
                + (startsRow ? " starts a row out of sequence" : " continues the row above")
        case .centredCellUncertain(let line, let page):
            return "line \(line) (page \(page)): vertically centred cells whose lines cannot be split evenly about this row's number; check this row and the rows next to it"
        case .columnsDrifted(let line, let page, let column, let text):
            return "line \(line) (page \(page)): the line's text does not line up with the columns: \"\(column)\" holds two separate runs (\(text)), perhaps with a neighbouring column's text; check every column of this item"
        case .textBeforeFirstRow(let line, let page, let text):
            return "line \(line) (page \(page)): text before the first row: \(text)"
        case .pageColumnCount(let page, let columns, let headers):
            return "page \(page): \(columns) columns, the header has \(headers)"
        case .uncertainWrap(let header, let row, let line):
            return "table row \(row), \(header): “\(line)” fills its line and the next line begins with a clause label, so whether it wraps or starts a new paragraph cannot be told (read as one paragraph); check it against the original"
        case .uncertainBreak(let item, let header, let line, let text):
            return "item \(item), \(header): line \(line) “\(text)” ends a sentence and fills its line, and the next line begins with no clause label, so whether it wraps or starts a new paragraph cannot be told (read as one paragraph); check it against the original"
        case .spacedPiecesJoined(let item, let header, let line, let text):
            return "item \(item), \(header): pieces printed apart on line \(line) were read into this one cell (“\(text)”); they are likely cells side by side, so the row's columns may be shifted; check it against the original"
        case .mergedAcrossRows(let header, let first, let last, let text):
            return "table rows \(first)–\(last) share one \(header) cell (\(text)): the rules between them were not seen, so the rows may have been read as one; check these rows against the original"
        case .textInNoCell(let page, let text):
            return "page \(page): text in no table cell: \(text)"
        case .columnMissing(let key, let headers):
            return "no column is headed like \(key) (headers: \(headers.joined(separator: " | ")))"
        case .duplicateHeader(let position, let header, let renamed):
            return "column \(position) repeats the header \"\(header)\"; its cells are keyed \(renamed)"
        case .textBeyondLastColumn(let cells, let headers, let text):
            return "row has \(cells) cells for \(headers) headers; text beyond the last column: \(text.joined(separator: " | "))"
        case .numberInvalid(let printed, let numbered):
            return "序号 \"\(printed)\" is not a whole number from 1; the row is numbered \(numbered) after the row before it"
        case .departmentTruncated(let printed, let name, let heading):
            return "\(Self.place(heading)) \(printed), read as \(name) (name cut short)"
        case .departmentAlias(let printed, let name, let heading):
            return "\(Self.place(heading)) \(printed), read as \(name) (short form)"
        case .departmentUnknown(let printed, let heading):
            return "\(Self.place(heading)) \(printed), which matches no department of the list or the standard table"
        case .numberingDuplicate(let number, let after):
            return "序号 \(number) is printed more than once (again after \(after))"
        case .numberingGap(let from, let to):
            let missing = to - from == 2 ? "\(from + 1) is" : "\(from + 1)–\(to - 1) are"
            return "序号 jumps from \(from) to \(to); \(missing) missing"
        case .numberingOrder(let number, let after):
            return "序号 \(number) comes after \(after)"
        case .departmentMissingFromList(let heading, let name):
            return "heading \(heading) names \(name), which 对应上级部门 does not list"
        case .cellEmpty(let column):
            return "\(column) is empty"
        case .mixedQuotes(let straight, let excerpt):
            return "straight \(straight) among curly quotes: …\(excerpt)…"
        case .clauseRepeat(let label, let previous, let heading):
            return "clause \(label) follows \(previous)\(Self.under(heading))"
        case .clauseSkip(let label, let previous, let heading):
            return "clause \(label) " + (previous.map { "follows \($0)" } ?? "opens the list") + Self.under(heading)
        case .textLost(let characters):
            return "\(characters) printed characters of the table are in no cell and no finding"
        case .textInvented(let characters):
            return "the cells hold \(characters) characters more than the table prints"
        case .structureLossy(let column):
            return "the clauses read from \(column) do not give its printed text back"
        case .essentialColumnMissing(let wording, let headers):
            return "no \(wording) column was read (headers: \(headers.joined(separator: " | "))): check that the header was read right, or add this wording to the vocabulary"
        case .columnUnmapped(let printed, let key):
            return "the header \(printed) is no known column; its cells are kept as \(key): check which column it is"
        case .columnJoined(let header, let parts):
            return "the header \(header) looks like two headers run together (\(parts.joined(separator: " | "))): the two columns' text was probably read into one cell"
        case .categoryFilled(let items, let column, let value):
            return "\(column) of items \(items) is not printed; filled with \(value), the same above and below (merged cell)"
        case .categoryMissing(let items, let column):
            return "items \(items) have no \(column) while other items do: a category merged over rows probably did not reach them; check against the original"
        case .headerInCell(let item, let column):
            return "the \(column) cell of item \(item) holds the header \(column): a header repeated at a page break was probably read into the row"
        case .headerRowAsItem(let item, let cells):
            return "\(cells) cells of item \(item) are header wording: a header row (or a grouped header's second row) was probably read as an item"
        case .nameEmpty(let item, let column):
            return "\(column) of item \(item) is empty: check whether the row is a section row, a header or the rest of the item above, or whether the name was joined to the next column"
        case .numberingBeyondRows(let highest, let rows):
            return "序号 runs to \(highest) but only \(rows) rows were read: rows were lost or joined; check the items around the missing numbers"
        case .clauseSpilled(let item, let column, let next, let label):
            return "the clauses of \(column) in item \(item) go on in the next column: \(next) begins with clause \(label); the cell probably ended too early and the later cells moved one column right; check the row's cells"
        case .clauseUnsplit(let item, let column, let label, let excerpt):
            return "clause \(label) of \(column) in item \(item) was not split: the next clause's label is still inside it: \(excerpt)"
        case .departmentNotAName(let item, let column, let text):
            return "\(text) in \(column) of item \(item) is no department's name: text of the next column probably moved into this cell; check the row's cells"
        case .verbatim(let text):
            return text
        }
    }

    private static func duration(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) s" : "\(seconds / 60) min \(seconds % 60) s"
    }

    private static func place(_ heading: String?) -> String { heading.map { "heading \($0) names" } ?? "printed" }
    private static func under(_ heading: String?) -> String { heading.map { " under \($0)" } ?? "" }

    public func text(_ message: ErrorMessage) -> String {
        switch message {
        case .cannotRead(let reason): return "cannot read file" + (reason.map { " (\($0))" } ?? "")
        case .cannotWrite(let reason): return "cannot write output file (\(reason))"
        case .cannotCreateDirectory(let reason): return "cannot create output directory (\(reason))"
        case .emptyFile: return "empty file"
        case .blankFile: return "file holds only blank space"
        case .notAListForm: return "not a list in a form qingdan reads (PDF, text, HTML, DOCX)"
        case .xlsxIsOutputForm: return "XLSX is an output form, not an input form"
        case .notWebPage: return "not a web page libxml2 can read"
        case .noListTable: return "no list table (no table has a header row such as 序号, 事项名称, 对应上级部门)"
        case .noTableFound: return "no table found"
        case .noTextLayer: return "no text layer; OCR is not supported"
        case .notDOCXNoBody: return "not a DOCX (word/document.xml has no w:body)"
        case .notDOCXNotZip: return "not a DOCX (not a ZIP archive)"
        case .notDOCXMissingPart(let part): return "not a DOCX (the ZIP archive has no \(part))"
        case .damagedDOCXUnpack(let part): return "damaged DOCX: cannot unpack \(part)"
        case .damagedDOCXXML(let part): return "damaged DOCX: \(part) is not well-formed XML"
        case .cannotCopyToUnpack: return "cannot write a temporary copy to unpack"
        case .cannotCopyToDecrypt: return "cannot write a temporary copy to decrypt"
        case .notPDF: return "not a PDF file"
        case .damagedPage: return "damaged page"
        case .encryptedPDF: return "encrypted PDF; pass --password"
        case .damagedPDF(let reason): return "damaged or truncated PDF (\(reason))"
        case .noTextHeader: return "no table header (序号 …) found in the text"
        case .noFirstRow: return "no row numbered 1 after the table header"
        case .notUTF8OrGB18030: return "text is neither UTF-8 nor GB18030"
        case .noLayoutHeader: return "no header row (a line with three or more columns) in the layout text"
        case .layoutHeaderWithoutRows: return "header found but no numbered rows under it"
        case .noSuchPage(let pageCount): return "no such page; the PDF has \(pageCount)"
        case .cannotRenderPage: return "cannot render the page"
        case .cannotBuildXLSX(let detail): return "cannot build the XLSX workbook: \(detail)"
        case .notQingdanJSON(let detail): return "not a qingdan list in JSON" + (detail.map { ": \($0)" } ?? "")
        case .noListInFolder(let extensions):
            return "no list in the folder (looked for " + extensions.map { ".\($0)" }.joined(separator: ", ") + " files)"
        case .timeBudgetExceeded(let seconds): return "stopped: reading it took more than \(seconds) s of processing (the time budget for one document)"
        case .memoryBudgetExceeded(let megabytes): return "stopped: reading it crashed or used more than \(megabytes) MB of memory (the memory budget for one document)"
        case .unsupportedSchemaVersion(let found, let supported): return "schema_version \(found) is not one this qingdan reads (\(supported))"
        case .impossiblePageSize(let width, let height): return "impossible page size \(width) × \(height) pt"
        case .impossibleTextPosition: return "text placed at an impossible position (a damaged font or text matrix)"
        case .partTooLarge(let part, let megabytes): return "refused: \(part) unpacks to more than \(megabytes) MB (a zip bomb, not a list)"
        case .partOverBudget(let part, let reason): return "refused: \(part) holds \(reason)"
        case .pageOverBudget(let reason): return "refused: the page holds \(reason)"
        case .htmlParserStopped(let reason): return "the HTML parser stopped before the end of the page (\(reason)); the rest would be lost"
        case .cannotEncodePNG: return "cannot encode PNG"
        case .verbatim(let text): return text
        }
    }

    public func text(_ phrase: Phrase) -> String {
        switch phrase {
        case .severity(let severity): return severity.rawValue
        case .itemPlace(let number): return "item \(number)"
        case .listSummary(let items, let file, let format, let pages):
            return "\(items) items · source \(file) (\(format)" + (pages.map { ", \($0) pages" } ?? "") + ")"
        case .noCategory: return "(no category)"
        case .categoryCounts: return "Items per category"
        case .itemCount: return "Items"
        case .total: return "Total"
        case .contents: return "Contents"
        case .findings: return "Findings"
        case .sheetItems: return "List"
        case .sheetClauses: return "Clauses"
        case .clauseNumber: return "Number"
        case .clauseName: return "Name"
        case .clauseColumn: return "Column"
        case .clauseDepartment: return "Department"
        case .clauseLabel: return "Label"
        case .clauseText: return "Text"
        case .diffTitle(let title): return "Changes: \(title)"
        case .editions(let old, let oldItems, let new, let newItems):
            return "Old edition: \(old) (\(oldItems) items) → new edition: \(new) (\(newItems) items)"
        case .titleChanged: return "Title"
        case .colon: return ": "
        case .listSeparator: return "; "
        case .aside(let text): return " (\(text))"
        case .editionsSame: return "The two editions are the same."
        case .summaryChange: return "Change"
        case .summaryItems: return "Items"
        case .removedItems: return "Removed items"
        case .addedItems: return "Added items"
        case .modifiedItems: return "Modified items"
        case .oldNumber: return "Old 序号"
        case .newNumber: return "New 序号"
        case .removed: return "removed"
        case .added: return "added"
        case .modified: return "Modified"
        case .renamed: return "renamed"
        case .moved: return "moved"
        case .reworded: return "reworded"
        case .reordered: return "order changed"
        case .headingAdded: return "heading added"
        case .headingRemoved: return "heading removed"
        case .wholeCell: return "cell"
        case .fieldRenamed: return "renamed (事项名称)"
        case .fieldChanged(let field): return "\(field) changed"
        case .renumberedOnly: return "Renumbered only"
        case .renumberedItems(let count): return "Items only renumbered (\(count))"
        case .duties: return "Duties"
        case .tinyDeletion(let text): return "deleted “\(text)”"
        case .tinyInsertion(let text): return "inserted “\(text)”"
        case .unchanged: return "Unchanged"
        case .legendRules: return "red: ruling lines of the table"
        case .legendCells: return "blue: cells"
        case .legendHeader: return "green: header cells"
        case .legendRow: return "r6: belongs to table row 6 (first on a page: continued)"
        case .problem(let file, let location, let message):
            switch location {
            case .page(let page)?: return "\(file): page \(page): \(message)"
            case .line(let line)?: return "\(file): line \(line): \(message)"
            case nil: return "\(file): \(message)"
            }
        case .converted(let done, let total, let failed):
            return "converted \(done) of \(total) files" + (failed == 0 ? "" : "; \(failed) failed")
        case .cannotStart(let file): return "\(file): cannot start qingdan for this file"
        case .crashed(let file, let signal): return "\(file): stopped: qingdan crashed or was killed on this file (signal \(signal))"
        case .failed(let file, let exitCode): return "\(file): failed (exit \(exitCode))"
        case .fileConverted(let file, let items, let errors, let warnings, let infos, let outputs):
            return "\(errors > 0 ? "✘" : "✔") \(file): \(items) items; \(errors) errors, \(warnings) warnings, \(infos) info → \(outputs)"
        case .progress(let bar, let done, let total, let current, let remaining):
            return "[\(bar)] \(done)/\(total)" + (current.isEmpty ? "" : " · converting \(current)") + (remaining.map { " · about \(Self.duration($0)) left" } ?? "")
        case .checkSummary(let files, let errors, let warnings, let infos, let unreadable):
            return "checked \(files) files: \(errors) errors, \(warnings) warnings, \(infos) info" + (unreadable == 0 ? "" : "; \(unreadable) unreadable")
        case .outputsRenamed(let file, let stem):
            return "\(file): another input of the batch has the same name; its outputs are \(stem).*"
        case .binaryToTerminal(let format):
            return "\(format) is binary and is not written to a terminal; give -o DIR or redirect to a file (> list.\(format))"
        case .needOutputDirectory: return "give -o DIR, or one input and one --format to write to standard output"
        case .jobsAtLeastOne: return "--jobs must be at least 1"
        case .unknownFormat(let name, let choices): return "unknown format '\(name)' (choose from \(choices))"
        case .noFormat: return "--format names no format"
        case .minSeverityChoices: return "--min-severity takes info, warning or error"
        case .languageChoices: return "--lang takes zh or en"
        case .listKindName(let kind):
            switch kind {
            case .basic: return "basic duties list"
            case .cooperative: return "cooperative duties list"
            case .returned: return "list of duties returned to superior departments"
            case .other: return "other list"
            }
        case .noEdition: return "(no edition)"
        case .reportColumn(let column):
            switch column {
            case .region: return "Region"
            case .township: return "Township"
            case .kind: return "Kind of list"
            case .edition: return "Edition"
            case .number: return "No."
            case .name: return "Item"
            case .lineage: return "Lineage"
            case .column: return "Column"
            case .heading: return "Department heading"
            case .label: return "Label"
            case .text: return "Clause"
            case .change: return "Change"
            case .field: return "Field"
            case .detail: return "Detail"
            case .side: return "In"
            case .category: return "Category"
            case .departments: return "Departments"
            case .items: return "Items"
            }
        case .departmentReportTitle(let name): return "Items and duties of \(name)"
        case .departmentReportNote(let asked, let resolved, let items, let lists):
            return (asked == resolved ? "" : "'\(asked)' read as '\(resolved)'; ") + "\(items) items in \(lists) lists"
        case .historyReportTitle(let name): return "History of an item: \(name)"
        case .historyReportNote(let lineages): return "\(lineages) lineage\(lineages == 1 ? "" : "s")"
        case .compareReportTitle(let a, let b): return "Lists compared: \(a) and \(b)"
        case .compareReportNote(let a, let b, let shared, let onlyA, let onlyB):
            return "A: \(a); B: \(b). \(shared) items in both, \(onlyA) only in A, \(onlyB) only in B"
        case .compareListDescription(let title, let edition, let id): return "\(title) (\(edition), list \(id))"
        case .onlyInA: return "only in A"
        case .onlyInB: return "only in B"
        case .summaryReportTitle: return "The dataset at a glance"
        case .summaryReportNote(let lists, let items): return "\(lists) lists, \(items) items"
        case .historyFirstSeen: return "first seen"
        case .historyUnchanged: return "unchanged"
        case .historyModified: return "modified"
        case .historyGone: return "no longer in this edition"
        case .historyRenumbered(let old, let new): return "No. \(old) → \(new)"
        case .historyHeadingAdded: return "department heading added"
        case .historyHeadingRemoved: return "department heading removed"
        case .historyCellChanged: return "cell"
        case .historyMoved: return "moved"
        case .datasetBuilt(let added, let items, let present, let sameEdition, let failed):
            return "added \(added) lists (\(items) items); \(present) already in the dataset, \(sameEdition) another form of an edition already there"
                + (failed > 0 ? "; \(failed) failed" : "")
        case .datasetMissing(let path): return "\(path): no such dataset (run qingdan dataset build first)"
        case .datasetCannotOpen(let path, let detail): return "\(path): cannot open the dataset (\(detail))"
        case .datasetCannotWrite(let path, let detail): return "\(path): cannot write the dataset (\(detail))"
        case .datasetCannotRead(let path, let detail): return "\(path): cannot read the dataset (\(detail))"
        case .datasetOutdated(let path):
            return "\(path): the dataset was made by an older version and lacks tables the queries use; run qingdan dataset summary --db \(path) once to upgrade it"
        case .datasetDamaged(let place, let list): return "the dataset is damaged: \(place) of list \(list) cannot be read"
        case .datasetNoList(let text): return "no list in the dataset matches '\(text)'"
        case .datasetSeveralLists(let text, let candidates):
            return "\(candidates.count) lists match '\(text)': \(candidates.joined(separator: "; ")). Give a list id, or --kind or --edition"
        case .datasetNoItem(let text): return "no item in the dataset has a name containing '\(text)'"
        case .datasetNoLineage(let id): return "no item in the dataset has lineage \(id)"
        case .datasetEditionConflict(let file, let region, let kind, let edition, let other):
            return "\(file): the \(edition) edition of the \(text(.listKindName(kind))) of \(region) is already there from \(other), with different content; give --edition"
        case .datasetListChoice(let id, let title, let edition): return "\(id) · \(title) (\(edition))"
        }
    }
}

/// What a finding says, as data: each case names its facts; each `Catalogue` words them.
/// See `Catalogue` for how to add one.
public enum FindingMessage: Sendable, Equatable, Hashable {
    // Readers: text that found no cell, or was set aside.
    /// HTML/DOCX: a line inside the table, above its header row.
    case textAboveHeaderRow(text: String)
    /// DOCX: a paragraph above the table that is not its title (a note, a notice).
    case paragraphAboveTable(text: String)
    /// DOCX: a paragraph after the table (before any other list).
    case paragraphAfterTable(text: String)
    case lossyEncoding
    case pageWithoutText(page: Int)
    /// PDF: the page's grid came from its rendering, not its drawing (a table pasted as a picture).
    case rulesFromRendering(page: Int)
    /// Flow text: a stray line that completes no cell of the item.
    case strayLine(line: Int, text: String, item: Int)
    /// Flow text: the item holds a line starting with the number after next.
    case numberAfterNextInside(line: Int, item: Int)
    /// Flow text: the next row's number skips one; a misprinted number may have joined its row to this one.
    case numberSkippedAfter(line: Int, next: Int, item: Int)
    case preambleNotRead(line: Int, text: String)
    case textBetweenHeaderAndFirstRow(line: Int, text: String)
    case pageNumberLeftOut(line: Int, text: String)
    /// Layout text: text outside the table's columns.
    case textOutsideTable(line: Int, page: Int, text: String)
    case textAboveTableHeader(line: Int, page: Int, text: String)
    case footerLeftOut(line: Int, page: Int, pages: Int, text: String)
    case numberOutOfSequence(line: Int, page: Int, number: String, after: Int, startsRow: Bool)
    case textBeforeFirstRow(line: Int, page: Int, text: String)
    /// Layout text with vertically centred cells: a cell's lines could not be split evenly about
    /// its row's 序号.
    case centredCellUncertain(line: Int, page: Int)
    /// Layout text: a line prints two runs apart in one column, so its words are not where the
    /// page's columns are (pdftotext placed the row further left or right).
    case columnsDrifted(line: Int, page: Int, column: String, text: String)
    case pageColumnCount(page: Int, columns: Int, headers: Int)
    case textInNoCell(page: Int, text: String)
    /// PDF: a 序号 or 事项名称 cell over several table rows (a row rule not seen).
    case mergedAcrossRows(header: String, first: Int, last: Int, text: String)
    case uncertainWrap(header: String, row: Int, line: String)
    /// Flowing text: a line that ends a sentence fills its column and the next has no label.
    case uncertainBreak(item: Int, header: String, line: Int, text: String)
    /// Flowing text: pieces printed apart on one line read into one name cell (科室, 部门, 类别).
    case spacedPiecesJoined(item: Int, header: String, line: Int, text: String)
    // Normalizer.
    case columnMissing(key: String, headers: [String])
    case duplicateHeader(position: Int, header: String, renamed: String)
    case textBeyondLastColumn(cells: Int, headers: Int, text: [String])
    case numberInvalid(printed: String, numbered: Int)
    /// `heading` is the duty heading that names the department, nil when it is printed in 对应上级部门.
    case departmentTruncated(printed: String, name: String, heading: String?)
    case departmentAlias(printed: String, name: String, heading: String?)
    case departmentUnknown(printed: String, heading: String?)
    // Validators.
    case numberingDuplicate(number: Int, after: Int)
    case numberingGap(from: Int, to: Int)
    case numberingOrder(number: Int, after: Int)
    case departmentMissingFromList(heading: String, name: String)
    case cellEmpty(column: String)
    case mixedQuotes(straight: String, excerpt: String)
    case clauseRepeat(label: String, previous: String, heading: String?)
    /// `previous` nil: the label opens the list.
    case clauseSkip(label: String, previous: String?, heading: String?)
    case textLost(characters: Int)
    case textInvented(characters: Int)
    case structureLossy(column: String)
    // Shapes and never silently wrong (issue 9). `items` is a printed range, e.g. 3–7.
    /// A kind's essential column is not there; `wording` names it (对应上级部门).
    case essentialColumnMissing(wording: String, headers: [String])
    /// `printed` is the header as printed, with its group (职责边界划分 / 上级部门职责).
    case columnUnmapped(printed: String, key: String)
    case columnJoined(header: String, parts: [String])
    case categoryFilled(items: String, column: String, value: String)
    case categoryMissing(items: String, column: String)
    case headerInCell(item: Int, column: String)
    case headerRowAsItem(item: Int, cells: Int)
    case nameEmpty(item: Int, column: String)
    case numberingBeyondRows(highest: Int, rows: Int)
    case clauseUnsplit(item: Int, column: String, label: String, excerpt: String)
    /// A duty cell's clauses go on in the next column (its last clause 1., the next cell 2.…).
    case clauseSpilled(item: Int, column: String, next: String, label: String)
    case departmentNotAName(item: Int, column: String, text: String)
    /// Text that is not ours to word: read back from a JSON file, or written before the catalogue.
    case verbatim(String)
}

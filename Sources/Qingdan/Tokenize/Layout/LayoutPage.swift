/// The lines of one page, sorted into what the table reader needs: the header repeated at its top
/// (which gives the page's column positions), the table body, and what prints outside the table
/// (page numbers, running heads above the header).
struct LayoutPage: Sendable {
    /// The first line of each header printed on the page.
    var headerLines: [LayoutLine] = []
    /// Every line of the page's first header (a header may wrap over several).
    private var firstHeader: [LayoutLine] = []
    /// Table lines (rows and continuations) in reading order.
    var body: [LayoutLine] = []
    /// Printed lines above the page's first header: outside the table.
    var outside: [LayoutLine] = []
    private let header: LayoutHeader

    /// Sorts `lines` (all on one page, blank ones included) against `header`.
    init(lines: ArraySlice<LayoutLine>, header: LayoutHeader) {
        self.header = header
        let printed = Array(lines.filter { !$0.isBlank })
        var index = 0
        while index < printed.count {
            let length = header.repeatedLength(in: printed, at: index)
            if length > 0 {
                headerLines.append(printed[index])
                if firstHeader.isEmpty { firstHeader = Array(printed[index..<index + length]) }
                index += length
                continue
            }
            body.append(printed[index])
            index += 1
        }
        if let first = headerLines.first {
            outside = body.prefix { $0.number < first.number }
            body.removeFirst(outside.count)
        }
        dropPageNumbers()
    }

    /// Takes the last body line out of the table (a footer repeated on many pages).
    mutating func dropLastLine() {
        _ = body.popLast()
    }

    /// Page numbers sit outside the table, on the first or last line of the page.
    private mutating func dropPageNumbers() {
        if let last = body.last, isPageNumber(last) { body.removeLast() }
        if let first = body.first, isPageNumber(first) { body.removeFirst() }
    }

    private func isPageNumber(_ line: LayoutLine) -> Bool {
        guard line.runs.count == 1, let run = line.runs.first, PageNumber.matches(run.text) else { return false }
        // A bare number at the left margin could be a row's 序号; page numbers are set apart.
        let bare = run.text.allSatisfy { $0.isASCII && $0.isNumber }
        let leftMargin = headerLines.first?.runs.dropFirst().first?.start ?? 1
        return !bare || run.start >= leftMargin
    }

    /// This page's columns: from its header when it has one, else from the gutters of its body,
    /// else `previous` (the columns of the page before).
    func columns(previous: LayoutColumns?) -> LayoutColumns? {
        if !firstHeader.isEmpty, let spans = header.spans(inRepeat: firstHeader, body: body) {
            return LayoutColumns(spans: spans).fitted(to: body)
        }
        return LayoutColumns.fromGutters(of: body, count: header.titles.count) ?? previous?.fitted(to: body)
    }
}

import Foundation

/// Reads the list table from plain text as exported from the PDF: the flowing form (one block per
/// cell, `pdftotext` default or `-raw`) or the `-layout` form (columns by character position).
struct TextTableExtractor {
    /// Takes `data` over: once decoded it is let go, as the text is once split into lines (issue
    /// 10: memory a small multiple of the input, not the input held three times over).
    func extract(data: consuming Data, path: String) throws(QingdanError) -> RawTable {
        let decoded = TextDecoder.decode(data)?.text
        _ = consume data
        guard let text = decoded else {
            throw QingdanError(.unsupported, file: path, .notUTF8OrGB18030)
        }
        return try extract(text: text, path: path)
    }

    func extract(text: consuming String, path: String) throws(QingdanError) -> RawTable {
        // The layout form nearly always shows itself in its header, a few lines down: stop
        // there rather than read the whole text into lines the layout reader does not use.
        var splitter = TextLine.Splitter(copy text)
        var lines: [TextLine] = []
        var headerSeen = false
        while let line = splitter.next() {
            if !headerSeen, Self.beginsHeader(line) {
                headerSeen = true
                if Self.isSpacedHeader(line) { return try LayoutTextTokenizer().tokenize(text: text, path: path) }
                // Past a header that is not the layout form's: room for as many lines as the text
                // has line breaks, counted only now — the layout path never needed the count. An
                // array grown by doubling held up to twice its lines at the reader's peak (issue
                // 10: memory a small multiple of the input).
                lines.reserveCapacity(TextLine.lineCount(of: text))
            }
            lines.append(line)
        }
        _ = consume splitter
        TextLine.markIndentedPages(in: &lines, hasFormFeed: text.utf8.contains(0x0C))
        if Self.isLayout(lines: lines) {
            return try LayoutTextTokenizer().tokenize(text: text, path: path)
        }
        // The lines hold their own text: the whole text is let go before the rows are read.
        let facts = FlowTextTokenizer.TextFacts(copy text)
        _ = consume text
        // The reader takes the lines over, to let them go once it has read the rows.
        return try FlowTextTokenizer().tokenize(lines: consume lines, facts: facts, path: path)
    }

    /// The header line `isLayout` looks at: the first printed line beginning like a header.
    private static func beginsHeader(_ line: TextLine) -> Bool {
        !line.isBlank && TableHeader.begins(line.text.split(separator: " ").map(String.init))
    }

    /// Header words separated by two spaces or more: the layout form.
    private static func isSpacedHeader(_ line: TextLine) -> Bool {
        line.text.contains("  ")
    }

    /// The layout form keeps columns apart with runs of spaces: its header words are separated by
    /// two or more spaces, and many of its lines have wide gaps inside.
    static func isLayout(_ text: String) -> Bool {
        isLayout(lines: TextLine.lines(of: text))
    }

    static func isLayout(lines: [TextLine]) -> Bool {
        // Counted in place, not filtered: a filtered copy of the lines was the reader's peak
        // (issue 10: memory a small multiple of the input).
        guard lines.contains(where: { !$0.isBlank }) else { return false }
        if let header = lines.first(where: beginsHeader), isSpacedHeader(header) {
            return true
        }
        var printed = 0, gapped = 0
        for line in lines where !line.isBlank {
            printed += 1
            if hasWideGap(line) { gapped += 1 }
        }
        return gapped * 5 >= printed
    }

    /// Three spaces in a row: where scalars are Characters, three space bytes.
    private static func hasWideGap(_ line: TextLine) -> Bool {
        guard SimpleScalars.all(line.text) else { return line.text.contains("   ") }
        var run = 0
        for byte in line.text.utf8 {
            run = byte == 0x20 ? run + 1 : 0
            if run == 3 { return true }
        }
        return false
    }
}

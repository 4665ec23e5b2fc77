import Foundation

/// Reads the list table from plain text as exported from the PDF: the flowing form (one block per
/// cell, `pdftotext` default or `-raw`) or the `-layout` form (columns by character position).
struct TextTableExtractor {
    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        guard let (text, _) = TextDecoder.decode(data) else {
            throw QingdanError(.unsupported, file: path, .notUTF8OrGB18030)
        }
        return try extract(text: text, path: path)
    }

    func extract(text: String, path: String) throws(QingdanError) -> RawTable {
        // The layout form nearly always shows itself in its header, a few lines down: stop
        // there rather than read the whole text into lines the layout reader does not use.
        var splitter = TextLine.Splitter(text)
        var lines: [TextLine] = []
        // As many as the text has line breaks: an array grown by doubling held up to twice its
        // lines at the reader's peak (issue 10: memory a small multiple of the input).
        lines.reserveCapacity(TextLine.lineCount(of: text))
        var headerSeen = false
        while let line = splitter.next() {
            if !headerSeen, Self.beginsHeader(line) {
                headerSeen = true
                if Self.isSpacedHeader(line) { return try LayoutTextTokenizer().tokenize(text: text, path: path) }
            }
            lines.append(line)
        }
        TextLine.markIndentedPages(in: &lines, of: text)
        if Self.isLayout(lines: lines) {
            return try LayoutTextTokenizer().tokenize(text: text, path: path)
        }
        // The reader takes the lines over, to let them go once it has read the rows.
        return try FlowTextTokenizer().tokenize(text: text, lines: consume lines, path: path)
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

    static func isLayout(lines all: [TextLine]) -> Bool {
        let lines = all.filter { !$0.isBlank }
        guard !lines.isEmpty else { return false }
        if let header = lines.first(where: beginsHeader), isSpacedHeader(header) {
            return true
        }
        let gapped = lines.filter { line in
            // Three spaces in a row: where scalars are Characters, three space bytes.
            guard SimpleScalars.all(line.text) else { return line.text.contains("   ") }
            var run = 0
            for byte in line.text.utf8 {
                run = byte == 0x20 ? run + 1 : 0
                if run == 3 { return true }
            }
            return false
        }.count
        return gapped * 5 >= lines.count
    }
}

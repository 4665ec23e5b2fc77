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
        let lines = TextLine.lines(of: text)
        if Self.isLayout(lines: lines) {
            return try LayoutTextTokenizer().tokenize(text: text, path: path)
        }
        return try FlowTextTokenizer().tokenize(text: text, lines: lines, path: path)
    }

    /// The layout form keeps columns apart with runs of spaces: its header words are separated by
    /// two or more spaces, and many of its lines have wide gaps inside.
    static func isLayout(_ text: String) -> Bool {
        isLayout(lines: TextLine.lines(of: text))
    }

    static func isLayout(lines all: [TextLine]) -> Bool {
        let lines = all.filter { !$0.isBlank }
        guard !lines.isEmpty else { return false }
        if let header = lines.first(where: { TableHeader.begins($0.text.split(separator: " ").map(String.init)) }),
           header.text.contains("  ") {
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

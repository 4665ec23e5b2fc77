/// A Markdown document being built line by line.
struct MarkdownText {
    private(set) var text = ""

    mutating func line(_ s: String) { text += s + "\n" }

    /// One empty line, never two in a row.
    mutating func blank() {
        if !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n" }
    }

    /// A section: its heading, an empty line, its lines, an empty line; nothing when it has no lines.
    mutating func section(_ heading: String, lines: [String]) {
        guard !lines.isEmpty else { return }
        line(heading)
        blank()
        for text in lines { line(text) }
        blank()
    }

    /// Escapes the characters that Markdown (and GitHub tables) would treat as syntax.
    static func escape(_ s: String) -> String {
        // By scalar: the syntax characters are ASCII, and Character comparison is slow.
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|", "~": out.unicodeScalars.append("\\"); out.unicodeScalars.append(c)
            case "\n": out += "<br>"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// One physical line of a text export, trimmed, with the page mark it carries.
struct TextLine: Sendable, Equatable {
    /// 1-based line number in the input.
    var number: Int
    /// The line without surrounding whitespace or form feeds.
    var text: String
    /// The export marks a page break here: a form feed, or the single leading space `pdftotext`
    /// puts before the first line of a page.
    var startsPage: Bool

    var isBlank: Bool { text.isEmpty }

    /// Splits text at LF, CRLF and CR. Form feeds are page marks, not line breaks, so line numbers
    /// stay those an editor shows.
    static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var current = ""
        func finish() {
            let startsPage = (current.hasPrefix(" ") && !current.hasPrefix("  ")) || current.contains("\u{0C}")
            let cleaned = current.filter { $0 != "\u{0C}" }
            // Letter-spaced justified lines ("史 志 编 纂 工") would read as cells split at spaces.
            let text = LetterSpacing.removingStretches(cleaned.trimmingCellWhitespace, edges: false)
            lines.append(TextLine(number: lines.count + 1, text: text, startsPage: startsPage))
            current = ""
        }
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                finish()
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { finish() }
        // A single leading space marks a page only where lines are not indented as a rule.
        let indented = lines.filter { !$0.isBlank && $0.startsPage }.count
        if indented * 5 > lines.filter({ !$0.isBlank }).count, !text.contains("\u{0C}") {
            for index in lines.indices { lines[index].startsPage = false }
        }
        return lines
    }
}

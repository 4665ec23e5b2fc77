/// Collects the text of WordprocessingML paragraphs as lines: one per paragraph (`w:p`), broken
/// again at `w:br` / `w:cr`.
///
/// Tracked changes: inserted text (`w:ins`, `w:moveTo`) is taken, deleted text (`w:del`,
/// `w:moveFrom`, `w:delText`) is not, as the document reads once the changes are accepted.
/// A tab (`w:tab`) reads as one space. Hidden runs (`w:vanish`), field instructions and drawings
/// (text boxes) are not text.
struct WordText {
    private(set) var lines: [String] = []
    private var line = ""

    /// Elements whose content is not part of the printed text.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "instrText", "delInstrText", "rPr", "pPr", "tcPr", "trPr", "tblPr",
        "tblGrid", "sectPr", "drawing", "pict", "object", "footnoteReference", "endnoteReference",
        "commentReference", "fldChar",
    ]

    /// The text with empty lines dropped, lines trimmed, joined by `\n`.
    var text: String {
        (lines + [line]).map { $0.trimmingCellWhitespace }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Reads a paragraph, table, cell or any block holding paragraphs.
    mutating func read(_ node: MarkupNode) {
        if node.isWord("p") {
            readInline(node)
            endLine()
        } else {
            for child in node.elements { read(child) }
        }
    }

    private mutating func readInline(_ node: MarkupNode) {
        for child in node.elements where child.isWordElement && !Self.skipped.contains(child.name) {
            switch child.name {
            case "r" where child.elements.first(where: { $0.isWord("rPr") })?.wordFlag("vanish") == true:
                // Hidden text (w:vanish) is not printed.
                continue
            case "t":
                line += child.children.map(\.text).joined()
            case "tab", "ptab":
                line += " "
            case "br", "cr":
                endLine()
            case "noBreakHyphen":
                line += "-"
            case "p", "tbl", "tc", "tr", "txbxContent":
                // Blocks inside a run's content (rare) still read as their own paragraphs.
                endLine()
                read(child)
            default:
                readInline(child)
            }
        }
    }

    private mutating func endLine() {
        lines.append(line)
        line = ""
    }
}

/// Turns the printed lines of one cell (possibly continued across a page break) into text:
/// a line that ends short of the cell's right edge ends a paragraph ("\n"); a full line wraps
/// softly and joins the next with nothing.
///
/// "Short" is measured against the next line: the line was broken by hand when the next line's
/// first unbreakable piece (a CJK character with the punctuation glued to it, or a Latin word)
/// would have fitted in the space left free. A fixed threshold does not work: line-breaking rules
/// (no 、。” at the start of a line) leave up to two or three ems free on soft wraps.
///
/// A paragraph that happens to fill its last line exactly cannot be told by geometry; for those
/// the text decides: a new clause number (2.) or heading (区林业局：) after a finished sentence, or
/// one organisation name after another, starts a new paragraph.
struct ParagraphBuilder {
    /// Each line with the x its text could reach: the cell's right edge less its padding.
    private var lines: [(line: GlyphLine, limit: Double, startsParagraph: Bool)] = []

    /// `startsParagraph`: the line is known to begin a paragraph by its place on the page.
    mutating func append(_ line: GlyphLine, limit: Double, startsParagraph: Bool = false) {
        lines.append((line, limit, startsParagraph))
    }

    var text: String { read().text }

    /// The lines after which neither the geometry nor the text tells a soft wrap from a paragraph
    /// end (see `isUncertainWrap`), by their text; the text joins them as one paragraph.
    var uncertainWraps: [String] { read().uncertain }

    /// Whether the line before `lines[index]` ended short of the cell's edge: the word
    /// processor broke the line by hand, so `lines[index]` begins a paragraph.
    private func endsShortBefore(_ index: Int) -> Bool {
        let previous = lines[index - 1], entry = lines[index]
        let free = previous.limit - previous.line.right
        let autospace = Self.autospace(between: previous.line.text, and: entry.line.text) * previous.line.em
        return free - entry.line.leadingUnitWidth - autospace >= 0.05 * previous.line.em
    }

    private func read() -> (text: String, uncertain: [String]) {
        var text = ""
        var uncertain: [String] = []
        var previousText = ""
        for (index, entry) in lines.enumerated() {
            let lineText = entry.line.text
            if index > 0 {
                if entry.startsParagraph || endsShortBefore(index)
                    || Self.startsParagraph(lineText, after: previousText) {
                    text += "\n"
                } else if Self.isUncertainWrap(lineText, after: previousText) {
                    if nextSiblingStartsParagraph(after: index) {
                        text += "\n"
                    } else {
                        uncertain.append(previousText)
                    }
                } else if text.last?.isASCIILetterOrDigit == true, lineText.first?.isASCIILetterOrDigit == true,
                          case let previous = lines[index - 1], previous.line.trailingWordWidth + entry.line.leadingUnitWidth <= previous.limit - previous.line.left {
                    // Latin words wrap at a space the line break swallowed, unless the word is wider
                    // than the cell and had to be broken (a "10" in a narrow 序号 column).
                    text += " "
                }
            }
            text += lineText
            previousText = lineText
        }
        return (text, uncertain)
    }

    /// A full line ending in a colon followed by a line that begins with a clause label: the list
    /// may run its subclauses on after the colon (2.组织开展农业技术培训：①粮油高产栽培；…) or give
    /// each its own paragraph (1.按照分级分类原则开展企业安全生产检查： / ①C级及以上…), and when the
    /// colon ends the line exactly both print alike.
    private static func isUncertainWrap(_ line: String, after previous: String) -> Bool {
        previous.last == "：" && ClauseLabel.prefix(of: line) != nil
    }

    /// Heuristic `siblingClausesAlike`: a list that gives its second subclause a paragraph of
    /// its own gives its first one too (subclauses run on after the colon all run on). Where the
    /// colon ends a full line (`isUncertainWrap`), the next sibling settles it: here ② begins a
    /// line after one that ended short, so ① begins its paragraph too:
    ///
    ///     1.按照分级分类原则开展企业安全生产检查：     ← full
    ///     ①C级及以上风险企业每月检查一次；             ← short: ② is a paragraph
    ///     ②D级企业每季度检查一次。
    ///
    /// A later sibling run on in its line (（1）按计划分配疫苗；（2）监测…) settles nothing.
    private func nextSiblingStartsParagraph(after index: Int) -> Bool {
        guard let label = ClauseLabel.prefix(of: lines[index].line.text)?.label else { return false }
        for later in lines.indices.dropFirst(index + 1) {
            guard let next = ClauseLabel.prefix(of: lines[later].line.text)?.label,
                  next.kind == label.kind, next.value == label.value + 1 else { continue }
            return lines[later].startsParagraph || endsShortBefore(later)
        }
        return false
    }

    /// The gap, in ems, that Word and LibreOffice put between a Latin letter or digit and a CJK
    /// character on one line: a wrap between them needed that room too (`汛期为5` / `月至9月` in
    /// a narrow 备注 column wrapped with a little over one em free).
    static let latinCJKAutospace = 0.25

    private static func autospace(between previous: String, and line: String) -> Double {
        guard let last = previous.last, let first = line.first else { return 0 }
        let isMixed = (last.isASCIILetterOrDigit && first.isCJK)
            || (last.isCJK && first.isASCIILetterOrDigit)
        return isMixed ? latinCJKAutospace : 0
    }

    private static func startsParagraph(_ line: String, after previous: String) -> Bool {
        guard let last = previous.last, !line.isEmpty else { return false }
        if last.isTerminal, ClauseNumber.prefixLength(of: line) != nil || line.hasSuffix("：") {
            return true
        }
        return OrganisationName.isBoundary(between: previous, and: line)
    }
}

/// Collects the text of HTML content as a browser lays it out: lines broken at `<br>` and at block
/// boundaries (`<p>`, `<div>`, `<li>`, …), whitespace of the source collapsed.
///
/// Whitespace typed inside a line ("监督管理 ，") reads as one space. A source line break (the
/// markup's own formatting) next to Chinese text or ①-style marks reads as nothing, as in CSS Text's
/// segment-break rule for East Asian text; between two Latin words it reads as a space.
/// `&nbsp;` reads as a plain space that is never collapsed.
struct HTMLText {
    private(set) var lines: [String] = []
    private var line = ""
    private var pendingSpace: PendingSpace?
    /// Stop reading once a line is this long (nil: no limit); for short texts such as titles.
    private let limit: Int?
    /// Read nested tables too (each of their cells on its own line); off while looking for the
    /// list's table, so that a layout table does not take in the text of the tables inside it.
    private let includesTables: Bool

    private enum PendingSpace {
        case typed, sourceBreak
    }

    /// Elements that end a line before and after them.
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "caption", "thead", "tbody", "tfoot", "blockquote", "pre", "section", "article", "header",
        "footer", "nav", "aside", "main", "figure", "figcaption", "address", "center", "form", "fieldset", "hr",
    ]

    /// Elements whose content is not printed text.
    private static let hidden: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "select", "option", "textarea", "iframe",
        "object", "svg", "math",
    ]

    init(limit: Int? = nil, includesTables: Bool = false) {
        self.limit = limit
        self.includesTables = includesTables
    }

    /// Lines trimmed, empty ones dropped, joined by `\n`.
    var text: String {
        (lines + [line]).map { $0.trimmingCellWhitespace }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Reads the content of `node` (not its own line breaks: a cell's text starts with its content).
    mutating func readContent(of node: MarkupNode) {
        for child in node.children {
            if let limit, line.count > limit { return }
            read(child)
        }
    }

    private mutating func read(_ node: MarkupNode) {
        switch node.kind {
        case .text:
            append(node.text)
        case .other:
            return
        case .element:
            let name = node.name
            if Self.hidden.contains(name) || (name == "table" && !includesTables) || node.isHidden { return }
            if name == "br" {
                endLine()
            } else if Self.blocks.contains(name) {
                endLine()
                readContent(of: node)
                endLine()
            } else {
                readContent(of: node)
            }
        }
    }

    private mutating func append(_ text: String) {
        for character in text {
            switch character {
            case "\n", "\r", "\r\n":
                pendingSpace = .sourceBreak
            case " ", "\t", "\u{0C}":
                if pendingSpace == nil { pendingSpace = .typed }
            case "\u{00A0}":
                flushSpace(before: " ")
                line.append(" ")
            case "\u{200B}", "\u{FEFF}", "\u{00AD}":
                // Zero-width space, stray BOM and soft hyphen print nothing.
                continue
            default:
                flushSpace(before: character)
                line.append(character)
            }
        }
    }

    private mutating func flushSpace(before next: Character) {
        defer { pendingSpace = nil }
        guard let pending = pendingSpace, let previous = line.last else { return }
        if pending == .sourceBreak, previous.isEastAsian || next.isEastAsian { return }
        line.append(" ")
    }

    private mutating func endLine() {
        if !line.isEmpty { lines.append(line) }
        line = ""
        pendingSpace = nil
    }
}

private extension Character {
    /// Chinese characters and punctuation, full-width forms and enclosed marks (①): what Chinese
    /// fonts set full width (`displayWidth` 2), and half-width forms. A source line break inside
    /// such text does not separate it by a space. Hangul does (CSS Text leaves it out).
    var isEastAsian: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF:
            return false
        case 0xFF61...0xFFEF:
            return true
        default:
            return displayWidth == 2
        }
    }
}

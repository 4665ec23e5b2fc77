/// A web page walked once in document order: its tables and the heading-like lines around them
/// (h1–h6, captions, bold text, centred blocks), and its `<title>`.
struct HTMLPage {
    enum Block {
        case table(MarkupNode)
        case heading(String, MarkupNode)
    }

    private(set) var blocks: [Block] = []
    /// The `<title>` text, nil when the page has none.
    private(set) var title: String?

    /// Titles are one line; a longer text is a paragraph of the page.
    private static let longestHeading = 80
    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "caption", "center", "strong", "b"]
    private static let alignable: Set<String> = ["p", "div", "td", "th", "span", "font", "section"]

    init(root: MarkupNode) {
        walk(root)
    }

    /// The list's title: the nearest heading above the table naming a 清单, else the part of
    /// `<title>` that names one (sites add their own name after `_` or `-`), else the nearest
    /// heading, else `<title>`.
    static func listTitle(headingsAbove: [String], pageTitle: String?) -> String? {
        if let named = ListTitle.nearestNaming(in: headingsAbove) { return named }
        let parts = pageTitle.map { $0.split(whereSeparator: { "_|-–—".contains($0) }).map { $0.trimmingCellWhitespace } } ?? []
        if let named = ListTitle.nearestNaming(in: parts.reversed()) { return named }
        return headingsAbove.last ?? pageTitle.flatMap { $0.isEmpty ? nil : $0 }
    }

    private mutating func walk(_ node: MarkupNode) {
        for child in node.children where child.kind == .element && !child.isHidden {
            if child.name == "table" {
                blocks.append(.table(child))
            } else if child.name == "title" {
                title = Self.line(of: child)
            } else if Self.isHeadingLike(child), let line = Self.line(of: child) {
                blocks.append(.heading(line, child))
            }
            walk(child)
        }
    }

    private static func isHeadingLike(_ element: MarkupNode) -> Bool {
        if headings.contains(element.name) { return true }
        guard alignable.contains(element.name) else { return false }
        if element.attribute("align")?.lowercased() == "center" { return true }
        let style = (element.attribute("style") ?? "").lowercased().filter { !$0.isWhitespace }
        return style.contains("text-align:center")
    }

    /// The element's text as one line (tables inside it left out), nil when empty or too long.
    private static func line(of element: MarkupNode) -> String? {
        var text = HTMLText(limit: longestHeading)
        text.readContent(of: element)
        let line = ListTitle.joinedWraps(text.text)
        return line.isEmpty || line.count > longestHeading ? nil : line
    }
}

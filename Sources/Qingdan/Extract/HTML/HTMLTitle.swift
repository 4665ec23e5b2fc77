/// Finds the title of the list printed above its table on a web page: a heading (h1–h6), a centred
/// paragraph or block, or bold text naming a 清单, nearest to the table; else the page's `<title>`.
struct HTMLTitle {
    /// Titles are one line; a longer text is a paragraph of the page.
    private static let longestTitle = 80
    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "caption", "center", "strong", "b"]
    private static let alignable: Set<String> = ["p", "div", "td", "span", "font", "section"]

    /// Title candidates met before `table` in document order, and the `<title>` text.
    private(set) var candidates: [String] = []
    private(set) var pageTitle: String?

    init(document: MarkupNode, table: MarkupNode) {
        _ = collect(document, until: table)
    }

    /// The nearest candidate naming a 清单, else the part of `<title>` that names one (sites add their
    /// own name after `_` or `-`), else the nearest candidate, else `<title>`.
    var title: String? {
        if let named = candidates.last(where: { $0.contains("清单") }) { return named }
        let titleParts = pageTitle.map { $0.split(whereSeparator: { "_|-–—".contains($0) }).map { $0.trimmingCellWhitespace } } ?? []
        if let named = titleParts.first(where: { $0.contains("清单") }) { return named }
        return candidates.last ?? pageTitle.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Walks the tree in document order; returns true once `table` is reached.
    private mutating func collect(_ node: MarkupNode, until table: MarkupNode) -> Bool {
        for child in node.children where child.kind == .element {
            if child.isSame(as: table) { return true }
            if child.name == "title" {
                pageTitle = Self.text(of: child)
            } else if Self.isTitleLike(child), let text = Self.text(of: child) {
                candidates.append(text)
            }
            if collect(child, until: table) { return true }
        }
        return false
    }

    private static func isTitleLike(_ element: MarkupNode) -> Bool {
        if headings.contains(element.name) { return true }
        guard alignable.contains(element.name) else { return false }
        if element.attribute("align")?.lowercased() == "center" { return true }
        let style = (element.attribute("style") ?? "").lowercased().filter { !$0.isWhitespace }
        return style.contains("text-align:center")
    }

    /// The element's text as one line, nil when empty or too long to be a title.
    private static func text(of element: MarkupNode) -> String? {
        var text = HTMLText(limit: longestTitle)
        text.readContent(of: element)
        let line = ListTitle.joinedWraps(text.text)
        return line.isEmpty || line.count > longestTitle ? nil : line
    }
}

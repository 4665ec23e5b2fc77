extension MarkupNode {
    /// An element the page does not show (`hidden`, `display: none`), such as duplicate text for
    /// search engines.
    var isHidden: Bool {
        if attribute("hidden") != nil { return true }
        guard let style = attribute("style") else { return false }
        return style.lowercased().filter { !$0.isWhitespace }.contains("display:none")
    }
}

import Qingdan

/// Escaping for text put into the pages.
enum HTML {
    /// The library's escaping, the same the diff report's HTML uses.
    static func escape(_ text: String) -> String {
        XMLEscaping.escaped(text)
    }

    /// Escaped, with the cell's hard breaks (`\n`) kept as line breaks.
    static func text(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: "<br>")
    }
}

/// Escaping for text put into the pages.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaped, with the cell's hard breaks (`\n`) kept as line breaks.
    static func text(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: "<br>")
    }
}

/// Escapes text for XML and HTML (SpreadsheetML parts, the HTML diff report).
public enum XMLEscaping {
    /// Character data and attribute values: markup characters and quotes escaped, and characters
    /// XML 1.0 cannot hold (controls other than tab and line feed) dropped. A carriage return is
    /// dropped too: a line break is `\n`.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Escapes text for SpreadsheetML.
enum XMLEscaping {
    /// Character data and attribute values: markup characters escaped, and characters XML 1.0
    /// cannot hold (controls other than tab and line feed) dropped. A carriage return is dropped
    /// too: a cell's line break is `\n`.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

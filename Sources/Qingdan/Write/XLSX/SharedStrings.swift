/// The workbook's shared string table (xl/sharedStrings.xml): each distinct text once, in order of
/// first use, so that the bytes written depend only on the list.
struct SharedStrings: Sendable {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    /// Cells referring to the table (Excel's `count`).
    private(set) var uses = 0

    /// The index of `text`, added when new.
    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    var xml: String {
        var xml = XLSXPackage.declaration
        xml += "<sst xmlns=\"\(XLSXPackage.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
        for string in strings {
            xml += "<si><t xml:space=\"preserve\">\(XMLEscaping.escaped(string))</t></si>"
        }
        return xml + "</sst>"
    }
}

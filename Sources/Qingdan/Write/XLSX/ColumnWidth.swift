/// Reading widths of the list's columns in Excel's units (a Chinese character is about two).
enum ColumnWidth {
    /// Narrow for numbers and short names, wide for the duty texts.
    static func width(for key: ColumnKey, texts: [String]) -> Double {
        switch key {
        case .number: return 6
        case .category, .subcategory: return 12
        case .office, .method: return 16
        case .name: return 26
        case .departments: return 22
        case .superiorDuties: return 60
        case .townshipDuties, .content: return 50
        case .basis: return 40
        case .remarks: return 20
        case .extra: return fitted(texts)
        }
    }

    /// A column of unknown meaning: as wide as its longest line, within reading limits.
    static func fitted(_ texts: [String]) -> Double {
        let longest = texts.lazy.flatMap { $0.split(separator: "\n") }.map(\.displayWidth).max() ?? 0
        return Double(min(50, max(8, longest + 2)))
    }
}

/// The text of a section row (分类行) printed across a list's table instead of, or besides, a
/// 事项类别 column: `一、党的建设` (a category), `（一）基层党建` (a sub-category under it), or
/// `党的建设（12项）` (a category with its item count, unlabelled).
struct SectionHeading: Sendable, Equatable {
    /// 1 for a category, 2 for a sub-category.
    var level: Int
    /// The category without its label and count: `党的建设`.
    var title: String

    init(level: Int, title: String) {
        self.level = level
        self.title = title
    }

    /// A section title is a short name: 党的建设, 平安法治, 民生服务及社会事业.
    static let longestTitle = 30

    /// Nil when `printed` is not a section heading: data, a sentence, a bare number.
    init?(_ printed: some StringProtocol) {
        var text = CellText.lines(of: printed).map(\.trimmingCellWhitespace).joined()
        var level = 1
        var labelled = false
        if let (label, length) = ClauseLabel.prefix(of: text) {
            switch label.kind {
            case .chinese: level = 1
            case .parenChinese: level = 2
            // 1. 2. are clauses and items, never sections.
            default: return nil
            }
            text = String(text.dropFirst(length)).trimmingCellWhitespace
            labelled = true
        }
        let counted = Self.withoutCount(text)
        // An unlabelled row is a section only with its count: `党的建设（12项）`.
        guard labelled || counted != nil else { return nil }
        let title = (counted ?? text).trimmingCellWhitespace
        guard !title.isEmpty, title.count <= Self.longestTitle,
              !title.contains(where: { Self.sentenceMarks.contains($0) }),
              !title.allSatisfy({ ClauseLabel.digitValue($0) != nil }) else { return nil }
        self.level = level
        self.title = title
    }

    /// A row printed as one cell across the table with neither label nor count (`党的建设`): a
    /// category when its text is a short name. Only a reader that sees the cell span the table
    /// may take it so; in flow text such a line could be anything.
    init?(spanningRow printed: some StringProtocol) {
        if let labelled = SectionHeading(printed) {
            self = labelled
            return
        }
        let title = CellText.lines(of: printed).map(\.trimmingCellWhitespace).joined()
        guard !title.isEmpty, title.count <= Self.longestTitle,
              !title.contains(where: { Self.sentenceMarks.contains($0) }), !title.contains("清单"),
              !title.allSatisfy({ ClauseLabel.digitValue($0) != nil }) else { return nil }
        self.level = 1
        self.title = title
    }

    /// Marks a section title never holds: it is a name, not a sentence.
    private static let sentenceMarks: Set<Character> = ["。", "；", ";", "，", ",", "：", ":"]

    /// The text without a closing item count — （12项）, (12项), （共12项）, 12项 — or nil when it
    /// has none.
    static func withoutCount(_ text: String) -> String? {
        var reader = Substring(text)
        let closed = reader.last == "）" || reader.last == ")"
        if closed { reader = reader.dropLast() }
        guard reader.last == "项" || reader.last == "条" else { return nil }
        reader = reader.dropLast()
        let digits = reader.reversed().prefix { ClauseLabel.digitValue($0) != nil }.count
        guard digits > 0 else { return nil }
        reader = reader.dropLast(digits)
        if reader.last == "共" { reader = reader.dropLast() }
        if closed {
            guard reader.last == "（" || reader.last == "(" else { return nil }
            reader = reader.dropLast()
        }
        return String(reader)
    }
}

/// Recognizes the header row of a duty list (表头) among the rows of a table.
enum ListHeaders {
    /// Headers printed by the lists we know, compared after `normalized(_:)`: every wording the
    /// normalizer maps to a column key, and a few printed headers that keep `extra:N`.
    static let known: Set<String> = Set(ColumnKeyMapper.synonyms.flatMap(\.1))
        .union(["事项类型", "内容", "实施依据", "责任主体", "配合部门"])

    /// Parts that header wordings share, for editions that phrase a header their own way.
    private static let fragments = ["序号", "事项", "部门", "职责", "内容", "备注", "依据"]

    /// Headers are short; a longer cell is data even when it mentions 职责.
    private static let longestHeader = 16

    /// Folds the differences that do not change a header: wraps, spaces and half-width parentheses.
    static func normalized(_ text: String) -> String {
        text.foldingSpacesAndParentheses
    }

    static func isHeader(_ text: String) -> Bool {
        let folded = normalized(text)
        if known.contains(folded) { return true }
        // A line naming the 清单 is its title, not a header.
        if folded.contains("清单") { return false }
        return folded.count <= longestHeader && fragments.contains { folded.contains($0) }
    }

    /// How strongly `cells` read as the list's header row: the number of header cells, or nil when
    /// the row is not a header row (fewer than three header cells, or mostly other text).
    static func score(_ cells: [String]) -> Int? {
        let filled = cells.filter { !$0.isEmpty }
        let headers = filled.filter(isHeader).count
        guard headers >= min(3, max(2, cells.count)), headers * 2 >= filled.count else { return nil }
        return headers
    }
}

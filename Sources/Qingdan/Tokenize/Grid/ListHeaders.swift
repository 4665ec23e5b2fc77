/// Recognizes the header row of a duty list (表头) among the rows of a table.
enum ListHeaders {
    /// Headers printed by the lists we know, compared after `normalized(_:)`.
    static let known: Set<String> = [
        "序号", "编号", "事项类别", "类别", "事项类型", "事项名称", "名称", "事项", "对应上级部门", "上级部门",
        "责任部门", "主管部门", "上级主管部门", "上级部门职责", "部门职责", "乡镇（街道）配合职责", "乡镇配合职责",
        "街道配合职责", "配合职责", "乡镇（街道）职责", "乡镇职责", "街道职责", "具体内容", "履职内容", "事项内容",
        "内容", "备注", "依据", "法律依据", "实施依据", "设定依据", "责任主体", "配合部门",
    ]

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

/// The spanning cell of a two-row grouped header as flowing text prints it: a line of its own
/// between the one-row headers and its leaves, or first on the leaves' line.
///
///     序号 事项类别 事项名称 对应上级部门
///     职责边界划分
///     上级部门职责 乡镇（街道）配合职责
///
/// Only a group wording that is no header wording and begins none (职责边界划分, 职责分工): 上级部门
/// or 乡镇（街道） over their leaves print like a wrapped 上级部门职责 or 乡镇（街道）配合职责, and stay
/// the wrapped header they are read as.
enum HeaderGroupWord {
    static func isSpanningGroup(_ word: String) -> Bool {
        guard HeaderVocabulary.isGroup(word), !HeaderVocabulary.isExactWording(word) else { return false }
        let folded = HeaderVocabulary.folded(word)
        return !HeaderVocabulary.all.contains { $0.hasPrefix(folded) }
    }
}

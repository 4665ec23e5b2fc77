/// Maps printed headers to canonical column keys by their usual wordings.
struct ColumnKeyMapper: Sendable {
    /// Usual wordings of each header, compared after `normalized(_:)`.
    static let synonyms: [(ColumnKey, [String])] = [
        (.number, ["序号", "编号", "序"]),
        (.category, ["事项类别", "类别", "事项分类", "类型"]),
        (.name, ["事项名称", "名称", "事项", "履职事项", "职责事项"]),
        (.departments, ["对应上级部门", "上级部门", "责任部门", "牵头部门", "对应部门", "上级主管部门", "主管部门"]),
        (.superiorDuties, ["上级部门职责", "部门职责", "上级部门主要职责", "县直部门职责", "区直部门职责"]),
        (.townshipDuties, ["乡镇（街道）配合职责", "乡镇职责", "乡镇（街道）职责", "配合职责", "乡镇配合职责",
                           "街道配合职责", "街道职责", "乡镇（街道）主要职责"]),
        (.content, ["具体内容", "履职内容", "事项内容", "主要内容"]),
        (.basis, ["依据", "法律依据", "政策依据", "设定依据", "法律法规依据"]),
        (.remarks, ["备注", "说明"]),
    ]

    /// One column per header, in printed order; a key is given to its first column only, and a
    /// header with no known wording keeps `extra:N`.
    func columns(for headers: [String]) -> [Column] {
        var used = Set<String>()
        return headers.enumerated().map { offset, header in
            let wording = Self.normalized(header)
            if let key = Self.synonyms.first(where: { $0.1.contains(wording) })?.0, used.insert(key.description).inserted {
                return Column(key: key, header: header)
            }
            return Column(key: .extra(offset + 1), header: header)
        }
    }

    /// The header without spaces or line breaks and with parentheses made full-width, so that
    /// 乡镇（街道） and 乡镇 (街道) compare equal.
    static func normalized(_ header: String) -> String {
        header.foldingSpacesAndParentheses
    }
}

/// The header wordings (表头) of the three kinds of list — 基本履职事项清单, 配合履职事项清单,
/// 上级部门收回事项清单 — and the column key each names: the one vocabulary that the readers use to
/// find the header row and the normalizer uses to give columns their keys.
///
/// Wordings are compared after `folded(_:)` (no spaces or line breaks, full-width parentheses), so
/// a header wrapped as 序 / 号 or printed 乡镇 (街道) matches. API for readers:
/// - `key(of:)` — the key an exact printed header names (nil: no known wording);
/// - `key(of:group:)` — the same for the leaf of a two-row grouped header (上级部门 over 名称);
/// - `isHeader(_:)` / `score(_:)` — whether a cell / a row reads as header;
/// - `isGroup(_:)` — a wording printed over several columns (职责边界划分);
/// - `essentialKeys(of:)` — the columns a kind of list cannot do without.
enum HeaderVocabulary {
    /// Wordings of each key, most usual first. A wording belongs to one key only.
    static let wordings: [(ColumnKey, [String])] = [
        (.number, ["序号", "编号", "序"]),
        (.category, ["事项类别", "类别", "事项分类", "类型", "事项类型", "一级类别", "一级分类", "职责类别", "类别名称"]),
        (.subcategory, ["二级类别", "二级分类", "子类别"]),
        (.name, ["事项名称", "名称", "事项", "履职事项", "职责事项", "项目名称", "权力名称", "收回事项", "收回事项名称",
                 "配合事项", "配合事项名称"]),
        (.departments, ["对应上级部门", "上级部门", "配合部门", "主责部门", "责任部门", "上级主管部门", "牵头部门", "对应部门",
                        "主管部门", "收回部门", "承接部门", "实施部门", "县级部门", "区级部门", "县直部门", "区直部门",
                        "上级部门名称", "县级部门名称", "区级部门名称", "部门名称", "对应县级部门", "对应区级部门"]),
        (.superiorDuties, ["上级部门职责", "部门职责", "主责部门职责", "上级部门主要职责", "县直部门职责", "区直部门职责",
                           "县级部门职责", "区级部门职责", "主管部门职责", "牵头部门职责", "责任部门职责"]),
        (.townshipDuties, ["乡镇（街道）配合职责", "乡镇配合职责", "镇街配合职责", "街道配合职责", "乡镇（街道）职责", "乡镇职责",
                           "配合职责", "街道职责", "镇街职责", "乡镇（街道）主要职责", "镇（街道）配合职责", "乡（镇、街道）配合职责",
                           "乡镇（街道）配合职责内容"]),
        (.content, ["具体内容", "履职内容", "工作内容", "主要内容", "事项内容", "职责内容", "内容"]),
        (.basis, ["履职依据", "法律依据", "依据", "政策依据", "设定依据", "法律法规依据", "收回依据", "实施依据", "法定依据"]),
        (.office, ["责任科室", "责任单位", "责任股室", "承办科室", "责任主体", "具体承办科室"]),
        (.method, ["工作方式", "承接方式", "履职方式", "实施方式", "收回方式"]),
        (.remarks, ["备注", "说明"]),
    ]

    /// Spanning headers printed over several leaf headers in a two-row grouped header.
    static let groupWordings: Set<String> = [
        "职责边界划分", "职责边界", "职责划分", "职责分工", "县级部门", "区级部门", "上级部门", "乡镇（街道）", "乡镇", "街道",
        "履职情况", "具体职责",
    ]

    /// Groups over the duty columns: under them a leaf naming a level of government is that
    /// level's duties (职责边界 over 县级部门 | 乡镇（街道）: what the county department does, what the
    /// township does), not its name.
    private static let dutyGroups: Set<String> = Set(["职责边界划分", "职责边界", "职责划分", "职责分工", "具体职责"].map(folded))
    private static let dutiesOfLevel: [String: ColumnKey] = Dictionary(uniqueKeysWithValues: [
        ("县级部门", ColumnKey.superiorDuties), ("区级部门", .superiorDuties), ("上级部门", .superiorDuties),
        ("乡镇（街道）", .townshipDuties), ("乡镇", .townshipDuties), ("街道", .townshipDuties),
    ].map { (folded($0.0), $0.1) })

    /// Parts that header wordings share, for editions that phrase a header their own way.
    private static let fragments = ["序号", "事项", "部门", "职责", "内容", "备注", "依据", "类别", "方式", "科室"]

    /// Headers are short; a longer cell is data even when it mentions 职责 (乡镇（街道）配合职责内容 is 12).
    static let longestHeader = 16

    private static let keyByWording: [String: ColumnKey] = {
        var map: [String: ColumnKey] = [:]
        for (key, list) in wordings {
            for wording in list where map[wording] == nil { map[wording] = key }
        }
        return map
    }()

    /// Every known header wording, folded.
    static let all: Set<String> = Set(keyByWording.keys)

    /// `keyByWording` and the group wordings, looked up by bytes (`SimpleTextTable`).
    private static let keyTable = SimpleTextTable(wordings.flatMap { key, list in list.map { ($0, key) } })
    private static let groupTable = SimpleTextTable(groupWordings.sorted().map { ($0, ()) })

    /// The folding of `text` (`folded`) when it is no longer than the longest wording: its bytes
    /// when every scalar is its own Character, else the `String`; nil when it is longer.
    private enum FoldedWording {
        case simple([UInt8])
        case other(String)
    }

    private static func foldedWording(_ text: some StringProtocol) -> FoldedWording? {
        let limit = longestWordingBytes
        let bytes: [UInt8]?? = SimpleScalars.withBytes(of: text) { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(limit + 4)
            switch SpaceParenthesisFolding.fold(bytes, limit: limit, into: &out) {
            case .folded: return .some(out)
            case .longer: return .some(nil)
            case .needsGraphemes: return .none
            }
        }
        if let bytes { return bytes.map(FoldedWording.simple) }
        return text.foldingSpacesAndParentheses(atMost: limit).map(FoldedWording.other)
    }

    /// The key of a folded wording.
    private static func key(ofFolded folded: FoldedWording) -> ColumnKey? {
        switch folded {
        case .simple(let bytes): return bytes.withUnsafeBufferPointer { keyTable.value(simpleUTF8: $0) }
        case .other(let text): return keyByWording[text]
        }
    }

    /// Whether a folded wording is a group wording.
    private static func isGroup(folded: FoldedWording) -> Bool {
        switch folded {
        case .simple(let bytes): return bytes.withUnsafeBufferPointer { groupTable.value(simpleUTF8: $0) } != nil
        case .other(let text): return groupWordings.contains(text)
        }
    }

    /// The header without spaces or line breaks and with parentheses made full-width.
    static func folded(_ text: some StringProtocol) -> String {
        text.foldingSpacesAndParentheses
    }

    /// The key a printed header names; nil when it is no known wording.
    static func key(of header: some StringProtocol) -> ColumnKey? {
        foldedWording(header).flatMap(key(ofFolded:))
    }

    /// The key of a leaf header under `group`: the group and the leaf read together when that is
    /// a wording (上级部门 over 名称 → 上级部门名称 → departments; 县级部门 over 职责 → 县级部门职责),
    /// else the leaf alone (职责边界划分 over 上级部门职责 → superiorDuties).
    static func key(of leaf: some StringProtocol, group: String?) -> ColumnKey? {
        if let group, let joined = keyByWording[folded(group) + folded(leaf)] { return joined }
        if let group, dutyGroups.contains(folded(group)), let duties = dutiesOfLevel[folded(leaf)] { return duties }
        return key(of: leaf)
    }

    /// The key a header names, or the piece of one that a narrow column wrapped over lines (事项类 /
    /// 别, 乡镇（街道） / 配合职责) most likely names: a known wording exactly, else by the words a
    /// wording of that key is built from (…职责 of the township's or the department's side,
    /// …类别, …名称, …部门). nil when it has neither: the rest of a wrapped header (号, 别).
    static func likelyKey(of words: some StringProtocol) -> ColumnKey? {
        if let key = key(of: words) { return key }
        let words = folded(words)
        let township = ["乡镇", "街道", "配合"]
        if (words.hasPrefix("序") && words.count <= 3) || words == "编号" { return .number }
        if words.contains("职责") {
            return township.contains { words.contains($0) } ? .townshipDuties : .superiorDuties
        }
        if township.contains(where: { words.contains($0) }) { return .townshipDuties }
        if words.contains("类别") || words.contains("类型") { return .category }
        if words.contains("名称") || words.contains("事项") { return .name }
        if words.contains("部门") || words.contains("单位") || words.contains("上级") { return .departments }
        return nil
    }

    /// A wording printed over several columns of a grouped header.
    static func isGroup(_ text: some StringProtocol) -> Bool {
        foldedWording(text).map(isGroup(folded:)) ?? false
    }

    /// The UTF-8 length of the longest wording, folded: a text folding longer is none of them.
    static let longestWordingBytes = all.union(groupWordings).map(\.utf8.count).max() ?? 0

    /// Whether `text` reads as a header cell: a known wording, or a short text holding a part
    /// that header wordings share. A line naming the 清单 is its title, not a header.
    static func isHeader(_ text: some StringProtocol) -> Bool {
        let folded = folded(text)
        if all.contains(folded) || groupWordings.contains(folded) { return true }
        if folded.contains("清单") { return false }
        return folded.count <= longestHeader && fragments.contains { folded.contains($0) }
    }

    /// How strongly `cells` read as a header row: the number of header cells, or nil when the row
    /// is not a header row (fewer than three header cells, or mostly other text).
    static func score(_ cells: [String]) -> Int? {
        let filled = cells.filter { !$0.isEmpty }
        let headers = filled.filter { isHeader($0) }.count
        guard headers >= min(3, max(2, cells.count)), headers * 2 >= filled.count else { return nil }
        return headers
    }

    /// Whether `text` is a known header wording exactly (after folding): what a row of data
    /// never holds, so a cell reading so is a header printed inside the rows.
    static func isExactWording(_ text: some StringProtocol) -> Bool {
        foldedWording(text).map { key(ofFolded: $0) != nil } ?? false
    }

    /// Whether `text` is a known header wording or group wording exactly: `isExactWording` or
    /// `isGroup`, folding once.
    static func isWordingOrGroup(_ text: some StringProtocol) -> Bool {
        guard let folded = foldedWording(text) else { return false }
        return key(ofFolded: folded) != nil || isGroup(folded: folded)
    }

    /// The columns a kind of list cannot do without: 序号 and 事项名称 in every list; 对应上级部门
    /// (or its variant) in cooperative and returned lists.
    static func essentialKeys(of kind: ListKind) -> [ColumnKey] {
        switch kind {
        case .cooperative, .returned: return [.number, .name, .departments]
        case .basic, .other: return [.number, .name]
        }
    }
}

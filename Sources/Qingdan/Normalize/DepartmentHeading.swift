/// A paragraph of a 上级部门职责 cell that names the departments the clauses after it belong to:
/// 区民政局：, 区委政法委、市公安局云冈分局：, 交通、公安、市场、邮政等部门：.
struct DepartmentHeading: Sendable {
    /// The paragraph as printed, ：included.
    var printed: String
    /// The names it lists, normalized, 等部门 left off.
    var names: [String]

    /// Endings that say the list is a group named by short names ("…等部门").
    static let collectiveEndings = ["等相关部门", "等有关部门", "等部门", "等单位", "等"]
    /// Punctuation that marks a sentence rather than a list of names.
    static let sentencePunctuation: Set<Character> = ["。", "；", ";", "！", "!", "？", "?", "：", ":"]

    /// Reads `paragraph` as a heading: it ends with ：and, but for an optional marker, is a list of
    /// names of bodies (or of short names closed by 等部门).
    init?(paragraph: String, isKnown: (String) -> Bool) {
        // Most paragraphs end otherwise, which their last scalar tells without a Character.
        if let last = SimpleScalars.lastCharacter(of: paragraph) {
            guard last == 0xFF1A || last == 0x3A else { return nil }  // ： :
        } else {
            guard let last = paragraph.last, last == "：" || last == ":" else { return nil }
        }
        var reader = DutyTextReader(paragraph.dropLast())
        _ = reader.readClauseLabel()
        var body = reader.read(until: { _ in false })
        guard !body.isEmpty, !body.contains(where: { Self.sentencePunctuation.contains($0) }) else { return nil }
        var isCollective = false
        if let ending = Self.collectiveEndings.first(where: { body.hasSuffix($0) && body.count > $0.count }) {
            body = String(body.dropLast(ending.count))
            isCollective = true
        }
        let names = DepartmentName.split(body)
        guard !names.isEmpty,
              isCollective || names.allSatisfy({ isKnown($0) || DepartmentName.looksLikeBody($0) }) else { return nil }
        self.printed = paragraph
        self.names = names
    }
}

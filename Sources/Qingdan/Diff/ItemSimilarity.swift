/// How alike two items of different editions are, to tell a renamed item (志愿者服务工作 →
/// 志愿服务工作, same department and duties) from a removed one plus an unrelated added one.
struct ItemSimilarity: Sendable {
    /// Character LCS ratio of the names.
    let name: Double
    /// Bigram Dice of the duty texts (all duty columns together).
    let duties: Double
    /// Dice of the department lists, or of their text where departments were renamed.
    let departments: Double

    init(_ a: ComparedItem, _ b: ComparedItem) {
        name = TextSimilarity().ratio(a.name, b.name)
        duties = a.dutyProfile.dice(b.dutyProfile)
        departments = max(
            ItemSimilarity.setDice(a.departments, b.departments),
            a.departmentProfile.dice(b.departmentProfile)
        )
    }

    /// Name and duties weigh most; departments are often reorganized between editions.
    var score: Double { 0.4 * name + 0.4 * duties + 0.2 * departments }

    /// Both the name and the duties must still resemble each other, and the whole must clearly:
    /// two different items of one department share a department and often half a name
    /// (医疗救助申请 / 临时救助申请), but not their duties as well.
    var isSameItem: Bool { name >= 0.4 && duties >= 0.4 && score >= 0.65 }

    private static func setDice(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty, b.isEmpty { return 1 }
        let shared = Set(a).intersection(b).count
        return 2 * Double(shared) / Double(Set(a).count + Set(b).count)
    }
}

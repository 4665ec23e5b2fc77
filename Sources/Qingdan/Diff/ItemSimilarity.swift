/// How alike two items of different editions are, to tell a renamed item (志愿者服务工作 →
/// 志愿服务工作, same department and duties) from a removed one plus an unrelated added one.
struct ItemSimilarity: Sendable {
    /// Character LCS ratio of the names.
    let name: Double
    /// Bigram Dice of the duty texts (all duty columns together).
    let duties: Double
    /// Dice of the department lists, or of their text where departments were renamed.
    let departments: Double

    /// Both the name and the duties must still resemble each other, and the whole must clearly:
    /// two different items of one department share a department and often half a name
    /// (医疗救助申请 / 临时救助申请), but not their duties as well.
    static let floor = 0.4
    static let threshold = 0.65

    /// The similarity of `a` and `b` when they pass as one item, else nil. The name is compared
    /// first: it rules out most candidates before the longer duty texts are looked at.
    static func ofSameItem(_ a: ComparedItem, _ b: ComparedItem) -> ItemSimilarity? {
        let name = TextSimilarity().ratio(a.name, b.name)
        guard name >= floor else { return nil }
        let duties = a.dutyProfile.dice(b.dutyProfile)
        guard duties >= floor else { return nil }
        let departments = max(setDice(a.departments, b.departments), a.departmentProfile.dice(b.departmentProfile))
        let similarity = ItemSimilarity(name: name, duties: duties, departments: departments)
        return similarity.score >= threshold ? similarity : nil
    }

    /// Name and duties weigh most; departments are often reorganized between editions.
    var score: Double { 0.4 * name + 0.4 * duties + 0.2 * departments }

    private static func setDice(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty, b.isEmpty { return 1 }
        let shared = Set(a).intersection(b).count
        return 2 * Double(shared) / Double(Set(a).count + Set(b).count)
    }
}

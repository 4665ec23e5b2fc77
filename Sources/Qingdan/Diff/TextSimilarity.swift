/// Character-level similarity of two short texts (item names): 2·LCS / (|a|+|b|), so
/// 志愿者服务工作 and 志愿服务工作 score 12/13 ≈ 0.92 while unrelated names score near 0.
struct TextSimilarity: Sendable {
    func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        if x.isEmpty, y.isEmpty { return 1 }
        return 2 * Double(MyersDiff(x, y).commonCount()) / Double(x.count + y.count)
    }
}

import Qingdan

/// Every text of the dataset meant for a clerk, in Simplified Chinese, in one place (to move into
/// the localization catalogues with the rest).
enum DatasetText {
    static func noDatabase(_ path: String) -> String { "\(path)：数据集文件不存在（先运行 qingdan dataset build）" }
    static func cannotOpen(_ path: String, _ error: Error) -> String { "\(path)：无法打开数据集（\(error)）" }
    static func cannotWrite(_ path: String, _ error: Error) -> String { "\(path)：无法写入数据集（\(error)）" }
    static func cannotRead(_ path: String, _ error: Error) -> String { "\(path)：无法读取数据集（\(error)）" }
    static func damaged(_ place: String, _ id: Int64) -> String { "数据集已损坏：清单 \(id) 的 \(place) 无法读取" }
    static func noList(_ text: String) -> String { "数据集中没有符合“\(text)”的清单" }
    static func severalLists(_ text: String, _ candidates: [String]) -> String {
        "有 \(candidates.count) 份清单符合“\(text)”：\(candidates.joined(separator: "；"))。请用清单编号，或加 --kind、--edition 指明"
    }
    static func noItem(_ text: String) -> String { "数据集中没有名称含“\(text)”的事项" }
    static func noLineage(_ id: Int64) -> String { "数据集中没有谱系编号为 \(id) 的事项" }
    static func editionConflict(_ file: String, region: String, kind: ListKind, edition: String, other: String) -> String {
        let label = edition.isEmpty ? "（无版本号）" : edition
        return "\(file)：\(region)\(kindName(kind)) \(label) 版已由 \(other) 收录，内容不同；请用 --edition 指明版本"
    }

    static func kindName(_ kind: ListKind) -> String {
        switch kind {
        case .basic: return "基本履职事项清单"
        case .cooperative: return "配合履职事项清单"
        case .returned: return "上级部门收回事项清单"
        case .other: return "其他清单"
        }
    }

    static func edition(_ text: String) -> String { text.isEmpty ? "（无版本号）" : text }

    // MARK: Reports

    static func departmentTitle(_ name: String) -> String { "\(name) 的事项与职责" }
    static func departmentNote(asked: String, resolved: String, items: Int, lists: Int) -> String {
        let matched = asked == resolved ? "" : "“\(asked)”按“\(resolved)”查询；"
        return "\(matched)共 \(lists) 份清单中的 \(items) 项事项"
    }
    static func historyTitle(_ name: String) -> String { "事项沿革：\(name)" }
    static func historyNote(lineages: Int) -> String { "共 \(lineages) 条谱系" }
    static func compareTitle(_ a: String, _ b: String) -> String { "清单比较：\(a) 与 \(b)" }
    static func compareNote(a: String, b: String, shared: Int, onlyA: Int, onlyB: Int) -> String {
        "A：\(a)；B：\(b)。两份共有 \(shared) 项，仅 A 有 \(onlyA) 项，仅 B 有 \(onlyB) 项"
    }
    static let onlyIn = (a: "仅 A 有", b: "仅 B 有")
    static let summaryTitle = "数据集概况"
    static func summaryNote(lists: Int, items: Int) -> String { "共 \(lists) 份清单，\(items) 项事项" }

    // Changes between editions.
    static let firstSeen = "首次收录"
    static let unchanged = "未变"
    static func renumbered(_ old: Int, _ new: Int) -> String { "序号 \(old) → \(new)" }
    static let modified = "修改"
    static let gone = "此版不再有"
    static let added = "新增", removed = "删除", reworded = "改写", moved = "调整"
    static let headingAdded = "新增部门标题", headingRemoved = "删除部门标题", cellChanged = "单元格"
    static let orderChanged = "顺序调整"
}

import Foundation
@testable import Qingdan

/// Lists of several townships, kinds and editions generated from data this file writes, so the
/// tests know every answer before the dataset is built: which items are one item across
/// editions (`identity`), where each is numbered, which department it names.
struct DatasetFixture {
    struct Duty {
        var identity: String
        var name: String
        var category: String
        /// Departments as printed, and the full names they are read as.
        var printed: [String]
        var resolved: [String]
        var superior: [String]
        var township: [String]
    }

    struct ListTruth {
        var township: String
        var kind: ListKind
        var edition: Int
        var duties: [Duty]
        var region: String { "某市某区\(township)" }
    }

    static let topics: [(String, String, String)] = [
        ("森林防火", "应急管理", "区应急管理局"), ("河道保洁", "生态环境", "区水利局"), ("禁毒宣传", "平安建设", "区公安分局"),
        ("农田水利建设", "乡村振兴", "区农业农村局"), ("食品安全检查", "市场监管", "区市场监督管理局"),
        ("志愿者服务", "民生服务", "区民政局"), ("退役军人帮扶", "民生服务", "区退役军人事务局"),
        ("殡葬改革", "民生服务", "区民政局"), ("地质灾害防治", "应急管理", "区自然资源局"),
    ]

    static func base(_ k: Int) -> Duty {
        let (topic, category, department) = topics[k]
        return Duty(identity: "d\(k)", name: "\(topic)工作", category: category, printed: [department], resolved: [department],
                    superior: ["负责全区\(topic)的组织实施和监督检查。", "指导乡镇（街道）建立\(topic)台账。"],
                    township: ["配合开展\(topic)。", "及时上报\(topic)中发现的问题。"])
    }

    static let added = Duty(identity: "new", name: "垃圾分类督导工作", category: "生态环境", printed: ["区城市管理局"],
                            resolved: ["区城市管理局"], superior: ["负责制定生活垃圾分类实施方案并考核。"],
                            township: ["配合入户宣传垃圾分类。"])

    /// Which base items each township's list holds in 2024.
    static let holdings: [(String, [Int])] = [("甲乡", Array(0..<8)), ("乙镇", [0, 1, 2, 3, 4, 5, 7, 8]), ("丙街道", Array(1..<9))]
    static let editions = [2024, 2025, 2026]

    /// 2025: an item inserted at the top (every later item renumbered) and 志愿者服务工作 renamed
    /// 志愿服务工作; 2026: one township clause of 禁毒宣传工作 reworded, 农田水利建设工作 removed, and
    /// 乙镇 prints 区市场监督局 for 区市场监督管理局.
    static func duties(township: String, base: [Int], edition: Int) -> [Duty] {
        var duties = base.map(Self.base)
        if edition >= 2025 {
            duties.insert(added, at: 0)
            for i in duties.indices where duties[i].identity == "d5" { duties[i].name = "志愿服务工作" }
        }
        if edition >= 2026 {
            for i in duties.indices where duties[i].identity == "d2" { duties[i].township[0] = "配合开展禁毒宣传和排查。" }
            duties.removeAll { $0.identity == "d3" }
            if township == "乙镇" {
                for i in duties.indices where duties[i].identity == "d4" { duties[i].printed = ["区市场监督局"] }
            }
        }
        return duties
    }

    /// Every list: three editions of each township's cooperative list, and 甲乡's basic list (the
    /// same duties: lineage must not cross kinds) in 2024 and 2025.
    static let truths: [ListTruth] = {
        var lists: [ListTruth] = []
        for (township, base) in holdings {
            for edition in editions {
                lists.append(ListTruth(township: township, kind: .cooperative, edition: edition,
                                       duties: duties(township: township, base: base, edition: edition)))
            }
        }
        for edition in [2024, 2025] {
            lists.append(ListTruth(township: "甲乡", kind: .basic, edition: edition, duties: duties(township: "甲乡", base: Array(0..<8), edition: edition)))
        }
        return lists
    }()

    static let columns = [
        Column(key: .number, header: "序号"), Column(key: .category, header: "事项类别"), Column(key: .name, header: "事项名称"),
        Column(key: .departments, header: "对应上级部门"), Column(key: .superiorDuties, header: "上级部门职责"),
        Column(key: .townshipDuties, header: "乡镇（街道）配合职责"),
    ]

    static func list(_ truth: ListTruth, file: String? = nil) -> DutyList {
        let kindTitle = truth.kind == .basic ? "基本履职事项清单" : "配合履职事项清单"
        let title = "某市某区\(truth.township)\(kindTitle)（\(truth.edition)年版）"
        let items = truth.duties.enumerated().map { index, duty -> Item in
            let number = index + 1
            let heading = duty.printed[0] + "："
            let superiorCell = heading + "\n" + duty.superior.enumerated().map { "\($0.offset + 1).\($0.element)" }.joined(separator: "\n")
            let townshipCell = duty.township.enumerated().map { "\($0.offset + 1).\($0.element)" }.joined(separator: "\n")
            return Item(
                number: number, category: duty.category, name: duty.name, departments: duty.resolved,
                superiorDuties: [Section(heading: heading, departments: duty.resolved,
                                         clauses: duty.superior.enumerated().map { Clause(label: "\($0.offset + 1).", text: $0.element) })],
                townshipDuties: duty.township.enumerated().map { Clause(label: "\($0.offset + 1).", text: $0.element) },
                content: nil,
                cells: [CellEntry(header: "序号", text: String(number)), CellEntry(header: "事项类别", text: duty.category),
                        CellEntry(header: "事项名称", text: duty.name), CellEntry(header: "对应上级部门", text: duty.printed.joined(separator: "\n")),
                        CellEntry(header: "上级部门职责", text: superiorCell), CellEntry(header: "乡镇（街道）配合职责", text: townshipCell)],
                source: ItemSource(pages: [number]))
        }
        let name = file ?? "\(truth.township)-\(truth.kind.rawValue)-\(truth.edition).json"
        return DutyList(title: title, listKind: truth.kind, region: Region(city: "某市", district: "某区", township: truth.township),
                        source: SourceInfo(file: name, format: .pdf, sha256: SHA256.hex(of: Data((name + title).utf8)), pages: items.count),
                        columns: columns, items: items, findings: [Finding(.info, "department.alias", item: 1, message: "测试")])
    }

    /// Writes every list as canonical JSON into `directory`; returns the paths in `truths` order.
    static func write(to directory: URL) throws -> [String] {
        try truths.map { truth in
            let list = list(truth)
            let url = directory.appendingPathComponent(list.source.file)
            try Data(JSONWriter().render(list).utf8).write(to: url)
            return url.path
        }
    }
}

/// The usual departments of a district (区) or county (县) government and Party committee, as a
/// general reference for resolving shortened names. Written with the 区 prefix; the same names
/// with 县 / 旗 / 市 (county-level city) are accepted too.
enum StandardDepartments {
    static let districtNames: [String] = [
        // Party committee (区委) and organs
        "区委办公室", "区委组织部", "区委宣传部", "区委统战部", "区委政法委", "区委政法委员会",
        "区委社会工作部", "区委编办", "区委机构编制委员会办公室", "区委网信办", "区委网络安全和信息化委员会办公室",
        "区委巡察办", "区委老干部局", "区委党校", "区委党史研究室", "区地方志办公室",
        "区委保密办", "区委机要局", "区委改革办", "区委财经办", "区委外办", "区委农办", "区委金融办",
        "区纪委监委", "区纪委", "区监委", "区纪律检查委员会", "区监察委员会",
        "区人大常委会办公室", "区政协办公室", "区人民法院", "区人民检察院", "区人民武装部",
        // People's organisations
        "区总工会", "团区委", "区妇联", "区妇女联合会", "区科协", "区科学技术协会", "区文联", "区工商联",
        "区残联", "区残疾人联合会", "区红十字会", "区计划生育协会", "区侨联", "区关工委",
        // Government (区政府) and its departments
        "区政府办公室", "区人民政府办公室", "区发展和改革局", "区发展和改革委员会", "区发展改革局",
        "区教育局", "区教育和体育局", "区教育科技局", "区科学技术局", "区科技局",
        "区工业和信息化局", "区工业信息化和科技局", "区公安局", "区民政局", "区司法局", "区财政局",
        "区人力资源和社会保障局", "区自然资源局", "区规划和自然资源局", "区生态环境局",
        "区住房和城乡建设局", "区住房城乡建设局", "区城市管理局", "区城市管理综合行政执法局", "区综合行政执法局",
        "区交通运输局", "区水务局", "区水利局", "区农业农村局", "区农业农村和水利局", "区商务局",
        "区文化和旅游局", "区文化旅游局", "区文化和旅游体育局", "区文化广电和旅游局", "区体育局",
        "区卫生健康委员会", "区卫生健康局", "区退役军人事务局", "区应急管理局",
        "区审计局", "区市场监督管理局", "区统计局", "区医疗保障局", "区林业局", "区林业和草原局",
        "区行政审批服务管理局", "区行政审批局", "区政务服务管理局", "区政务服务中心", "区数据局",
        "区能源局", "区国有资产监督管理局", "区信访局", "区乡村振兴局", "区人民防空办公室", "区人防办",
        "区机关事务管理局", "区医疗保障局", "区民族宗教事务局", "区档案馆", "区融媒体中心",
        "区消防救援大队", "区消防救援局", "区税务局", "区气象局", "区供销合作社", "区供销社",
        "区粮食和物资储备局", "区投资促进局", "区营商环境建设局", "区住房保障中心",
        "区疾病预防控制中心", "区不动产登记中心", "区农业综合行政执法队", "区市场监管综合行政执法队",
        "区文化市场综合行政执法队", "区交通运输综合行政执法队", "区生态环境保护综合行政执法队",
    ]

    /// City bureaus that keep a branch (分局) in each district: 市公安局X分局, 市生态环境局X分局 …
    static let cityBureausWithBranches: [String] = [
        "市公安局", "市生态环境局", "市自然资源局", "市规划和自然资源局", "市市场监督管理局",
        "市住房和城乡建设局", "市交通运输局", "市税务局", "市不动产登记中心", "市医疗保障局",
    ]

    /// Prefixes a county-level body carries instead of 区.
    static let levelPrefixes: [Character] = ["区", "县", "旗", "市"]

    /// Every standard name with each level prefix.
    static let names: Set<String> = {
        var all = Set<String>()
        for name in districtNames {
            let tail = name.dropFirst()
            if name.first == "区" {
                for prefix in levelPrefixes { all.insert(String(prefix) + tail) }
            } else if name.hasPrefix("团区委") {
                for prefix in levelPrefixes { all.insert("团" + String(prefix) + "委") }
            } else {
                all.insert(name)
            }
        }
        return all
    }()

    /// Whether `name` is a district branch of a city bureau (市公安局云冈分局).
    static func isCityBranch(_ name: String) -> Bool {
        guard name.hasSuffix("分局") else { return false }
        return cityBureausWithBranches.contains { bureau in
            name.hasPrefix(bureau) && name.count > bureau.count + 2
        }
    }

    /// `names`, looked up by bytes (`SimpleTextTable`).
    private static let table = SimpleTextTable(names.sorted().map { ($0, ()) })

    static func isStandard(_ name: String) -> Bool {
        table.value(name) != nil || isCityBranch(name)
    }
}

import Foundation
import Testing
@testable import Qingdan

/// Lists of the three kinds in the table shapes they are published in (issue 9), each built here as
/// a Word table and a web page, with its truth written by hand. The wording differs from the
/// sample's on purpose: other departments, 县 and 街道 level, other categories, other headers.
@Suite struct ShapeTests {
    enum Form: String, CaseIterable { case html, docx }

    static func read(_ table: PrintedTable, as form: Form) throws -> DutyList {
        switch form {
        case .html: return try ListReader().read(data: table.html, path: "shape.html")
        case .docx: return try ListReader().read(data: try table.docx(), path: "shape.docx")
        }
    }

    // MARK: A basic list headed 一级类别 + 二级类别, 权力名称, 履职内容, 履职依据, 责任科室

    /// Before the shared vocabulary, DOCX and HTML rejected this list ("no list table"): only 序号,
    /// 履职内容 and 备注 read as headers.
    static let twoLevelBasic = PrintedTable(
        above: ["青山县东城街道基本履职事项清单"],
        rows: [
            PrintedTable.plain(["序号", "一级类别", "二级类别", "权力名称", "履职内容", "履职依据", "责任科室", "备注"]),
            [.init("1"), .init("党的建设", rows: 2), .init("基层党建"), .init("党员发展工作"),
             .init("1.做好入党积极分子培养。\n2.按程序发展党员。"), .init("《中国共产党发展党员工作细则》"), .init("党建工作办公室"), .init("")],
            PrintedTable.plain(["2", "宣传思想", "理论学习组织", "组织街道干部开展理论学习。", "《中国共产党党委（党组）理论学习中心组学习规则》", "党建工作办公室", ""]),
            PrintedTable.plain(["3", "平安法治", "综治维稳", "矛盾纠纷排查化解", "1.定期排查矛盾纠纷。\n2.及时调处化解。\n3.重大情况上报县委政法委。",
                                "《信访工作条例》", "综合治理办公室", "每月一次"]),
        ])

    static let twoLevelBasicTruth: ShapeTruth = {
        let headers = ["序号", "一级类别", "二级类别", "权力名称", "履职内容", "履职依据", "责任科室", "备注"]
        func cells(_ values: [String]) -> [String: String] { Dictionary(uniqueKeysWithValues: zip(headers, values)) }
        return ShapeTruth(
            title: "青山县东城街道基本履职事项清单", kind: .basic, district: "青山县", township: "东城街道",
            columns: zip([ColumnKey.number, .category, .subcategory, .name, .content, .basis, .office, .remarks], headers).map { Column(key: $0, header: $1) },
            items: [
                .init(number: 1, category: "党的建设", subcategory: "基层党建", name: "党员发展工作",
                      cells: cells(["1", "党的建设", "基层党建", "党员发展工作", "1.做好入党积极分子培养。\n2.按程序发展党员。", "《中国共产党发展党员工作细则》", "党建工作办公室", ""]),
                      clauses: ["履职内容": 2]),
                .init(number: 2, category: "党的建设", subcategory: "宣传思想", name: "理论学习组织",
                      cells: cells(["2", "党的建设", "宣传思想", "理论学习组织", "组织街道干部开展理论学习。", "《中国共产党党委（党组）理论学习中心组学习规则》", "党建工作办公室", ""]),
                      clauses: ["履职内容": 1]),
                .init(number: 3, category: "平安法治", subcategory: "综治维稳", name: "矛盾纠纷排查化解",
                      cells: cells(["3", "平安法治", "综治维稳", "矛盾纠纷排查化解", "1.定期排查矛盾纠纷。\n2.及时调处化解。\n3.重大情况上报县委政法委。", "《信访工作条例》", "综合治理办公室", "每月一次"]),
                      clauses: ["履职内容": 3]),
            ])
    }()

    @Test(arguments: Form.allCases) func basicListWithTwoCategoryColumns(form: Form) throws {
        let list = try Self.read(Self.twoLevelBasic, as: form)
        #expect(Self.twoLevelBasicTruth.differences(from: list) == [])
    }

    // MARK: B basic list: title as the table's first row, section rows, 备注 mostly empty

    static let sectioned = PrintedTable(
        rows: [
            PrintedTable.spanning("临江市白河镇基本履职事项清单", width: 5),
            PrintedTable.plain(["序号", "事项名称", "工作内容", "责任单位", "备注"]),
            PrintedTable.spanning("一、党的建设（2项）", width: 5),
            PrintedTable.spanning("（一）基层党建", width: 5),
            PrintedTable.plain(["1", "村级组织换届工作", "1.制定换届工作方案。\n2.指导村级组织依法换届。", "组织办", ""]),
            PrintedTable.plain(["2", "党员教育管理", "组织党员参加学习培训。", "组织办", ""]),
            PrintedTable.spanning("二、平安法治（1项）", width: 5),
            PrintedTable.plain(["3", "安全生产检查", "1.开展辖区企业安全检查。\n2.发现隐患及时督促整改。", "应急管理办公室", "汛期加密"]),
        ],
        headerRows: 2)

    static let sectionedTruth: ShapeTruth = {
        let headers = ["序号", "事项名称", "工作内容", "责任单位", "备注"]
        func cells(_ values: [String]) -> [String: String] { Dictionary(uniqueKeysWithValues: zip(headers, values)) }
        return ShapeTruth(
            title: "临江市白河镇基本履职事项清单", kind: .basic, district: nil, township: "白河镇",
            columns: zip([ColumnKey.number, .name, .content, .office, .remarks], headers).map { Column(key: $0, header: $1) },
            items: [
                .init(number: 1, category: "党的建设", subcategory: "基层党建", name: "村级组织换届工作",
                      cells: cells(["1", "村级组织换届工作", "1.制定换届工作方案。\n2.指导村级组织依法换届。", "组织办", ""]), clauses: ["工作内容": 2]),
                .init(number: 2, category: "党的建设", subcategory: "基层党建", name: "党员教育管理",
                      cells: cells(["2", "党员教育管理", "组织党员参加学习培训。", "组织办", ""]), clauses: ["工作内容": 1]),
                .init(number: 3, category: "平安法治", subcategory: nil, name: "安全生产检查",
                      cells: cells(["3", "安全生产检查", "1.开展辖区企业安全检查。\n2.发现隐患及时督促整改。", "应急管理办公室", "汛期加密"]), clauses: ["工作内容": 2]),
            ],
            sectionRows: [
                ListSection(text: "一、党的建设（2项）", level: 1, title: "党的建设", firstItem: 1),
                ListSection(text: "（一）基层党建", level: 2, title: "基层党建", firstItem: 1),
                ListSection(text: "二、平安法治（1项）", level: 1, title: "平安法治", firstItem: 3),
            ],
            city: "临江市")
    }()

    /// Before: every section row became an item (序号 "一、党的建设", other cells empty) and
    /// `category` was null on every real item.
    @Test(arguments: Form.allCases) func sectionRowsGiveTheCategoryAndAreNeverItems(form: Form) throws {
        let list = try Self.read(Self.sectioned, as: form)
        #expect(Self.sectionedTruth.differences(from: list) == [])
        // Section rows are counted by the conservation check: no text lost or invented.
        #expect(!list.findings.contains { $0.code.hasPrefix("text.") })
    }

    // MARK: C cooperative list: 职责边界划分 over 主责部门职责 | 镇街配合职责, 配合部门, repeated header

    static let groupedHeader: [[PrintedTable.Cell]] = [
        [.init("序号", rows: 2), .init("事项类别", rows: 2), .init("事项名称", rows: 2), .init("配合部门", rows: 2),
         .init("职责边界划分", columns: 2), .init("备注", rows: 2)],
        PrintedTable.plain(["主责部门职责", "镇街配合职责"]),
    ]

    static let grouped = PrintedTable(
        above: ["江北区望江街道配合履职事项清单"],
        rows: groupedHeader + [
            [.init("1"), .init("民生服务", rows: 2), .init("残疾人两项补贴发放"), .init("区残疾人联合会\n区民政局"),
             .init("区残疾人联合会：\n1.负责补贴资格审核。\n区民政局：\n1.负责补贴资金发放。"), .init("1.受理申请。\n2.初审后报送区残疾人联合会。"), .init("")],
            PrintedTable.plain(["2", "临时救助", "区民政局", "负责临时救助审批。", "1.开展入户调查。\n2.公示救助对象。", ""]),
        ] + groupedHeader + [
            PrintedTable.plain(["3", "社会治理", "流动人口信息采集", "区公安分局", "负责流动人口信息系统管理。", "配合采集辖区流动人口信息。", "按季度"]),
        ],
        headerRows: 2)

    static let groupedTruth: ShapeTruth = {
        let headers = ["序号", "事项类别", "事项名称", "配合部门", "主责部门职责", "镇街配合职责", "备注"]
        func cells(_ values: [String]) -> [String: String] { Dictionary(uniqueKeysWithValues: zip(headers, values)) }
        let groups: [String?] = [nil, nil, nil, nil, "职责边界划分", "职责边界划分", nil]
        return ShapeTruth(
            title: "江北区望江街道配合履职事项清单", kind: .cooperative, district: "江北区", township: "望江街道",
            columns: zip(zip([ColumnKey.number, .category, .name, .departments, .superiorDuties, .townshipDuties, .remarks], headers), groups)
                .map { Column(key: $0.0, header: $0.1, group: $1) },
            items: [
                .init(number: 1, category: "民生服务", name: "残疾人两项补贴发放", departments: ["区残疾人联合会", "区民政局"],
                      cells: cells(["1", "民生服务", "残疾人两项补贴发放", "区残疾人联合会\n区民政局",
                                    "区残疾人联合会：\n1.负责补贴资格审核。\n区民政局：\n1.负责补贴资金发放。", "1.受理申请。\n2.初审后报送区残疾人联合会。", ""]),
                      clauses: ["主责部门职责": 2, "镇街配合职责": 2], headings: ["区残疾人联合会：", "区民政局："]),
                .init(number: 2, category: "民生服务", name: "临时救助", departments: ["区民政局"],
                      cells: cells(["2", "民生服务", "临时救助", "区民政局", "负责临时救助审批。", "1.开展入户调查。\n2.公示救助对象。", ""]),
                      clauses: ["主责部门职责": 1, "镇街配合职责": 2], headings: [nil]),
                .init(number: 3, category: "社会治理", name: "流动人口信息采集", departments: ["区公安分局"],
                      cells: cells(["3", "社会治理", "流动人口信息采集", "区公安分局", "负责流动人口信息系统管理。", "配合采集辖区流动人口信息。", "按季度"]),
                      clauses: ["主责部门职责": 1, "镇街配合职责": 1], headings: [nil]),
            ])
    }()

    /// Before: DOCX and HTML joined the two header rows into one unknown header
    /// (职责边界划分主责部门职责), so the duty columns were never split — with no finding.
    @Test(arguments: Form.allCases) func twoRowGroupedHeaderKeepsLeavesAndGroup(form: Form) throws {
        let list = try Self.read(Self.grouped, as: form)
        #expect(Self.groupedTruth.differences(from: list) == [])
        let json = JSONWriter().render(list)
        #expect(json.contains("\"group\": \"职责边界划分\""))
        #expect(try SchemaValidation.errors(in: json) == nil)
    }

    // MARK: D returned lists: 承接部门 / 收回部门, 收回依据 / 法律依据, 承接方式 / 工作方式, 项目名称 / 权力名称

    static func returned(_ headers: [String]) -> PrintedTable {
        PrintedTable(
            above: ["松山县柳河乡上级部门收回事项清单"],
            rows: [
                PrintedTable.plain(headers),
                PrintedTable.plain(["1", "农业农村", "农药经营许可初审", "县农业农村局", "《农药管理条例》", "县级直接受理", ""]),
                PrintedTable.plain(["2", "自然资源", "临时用地审批", "县自然资源局\n县林业局", "《中华人民共和国土地管理法》", "县级直接办理", "涉及林地的由县林业局办理"]),
            ])
    }

    static func returnedTruth(_ headers: [String]) -> ShapeTruth {
        func cells(_ values: [String]) -> [String: String] { Dictionary(uniqueKeysWithValues: zip(headers, values)) }
        return ShapeTruth(
            title: "松山县柳河乡上级部门收回事项清单", kind: .returned, district: "松山县", township: "柳河乡",
            columns: zip([ColumnKey.number, .category, .name, .departments, .basis, .method, .remarks], headers).map { Column(key: $0, header: $1) },
            items: [
                .init(number: 1, category: "农业农村", name: "农药经营许可初审", departments: ["县农业农村局"],
                      cells: cells(["1", "农业农村", "农药经营许可初审", "县农业农村局", "《农药管理条例》", "县级直接受理", ""])),
                .init(number: 2, category: "自然资源", name: "临时用地审批", departments: ["县自然资源局", "县林业局"],
                      cells: cells(["2", "自然资源", "临时用地审批", "县自然资源局\n县林业局", "《中华人民共和国土地管理法》", "县级直接办理", "涉及林地的由县林业局办理"])),
            ])
    }

    static let returnedHeaders = [
        ["序号", "事项类别", "项目名称", "承接部门", "收回依据", "承接方式", "备注"],
        ["序号", "事项类别", "权力名称", "收回部门", "法律依据", "工作方式", "备注"],
    ]

    /// Before: 承接部门 was extra:4, so departments were empty on every item, with no finding.
    @Test(arguments: Form.allCases, returnedHeaders) func returnedListHeaderVariants(form: Form, headers: [String]) throws {
        let list = try Self.read(Self.returned(headers), as: form)
        #expect(Self.returnedTruth(headers).differences(from: list) == [])
    }

    // MARK: E cooperative: 县级部门 over 名称 | 职责, 乡镇（街道） over 职责; a section row

    static let levelGroups = PrintedTable(
        above: ["青山县南湖镇配合履职事项清单"],
        rows: [
            [.init("序号", rows: 2), .init("事项名称", rows: 2), .init("县级部门", columns: 2), .init("乡镇（街道）")],
            PrintedTable.plain(["名称", "职责", "职责"]),
            PrintedTable.spanning("一、城乡建设", width: 5),
            PrintedTable.plain(["1", "农村危房改造", "县住房和城乡建设局", "负责危房鉴定和改造资金拨付。", "1.摸排危房。\n2.督促农户按期改造。"]),
            PrintedTable.spanning("二、生态环境", width: 5),
            PrintedTable.plain(["2", "秸秆禁烧", "县生态环境局\n县农业农村局", "县生态环境局：\n负责禁烧执法。\n县农业农村局：\n负责秸秆综合利用。",
                                "1.开展禁烧巡查。\n2.发现火点及时处置并上报。"]),
        ],
        headerRows: 2)

    @Test(arguments: Form.allCases) func groupsNamedByLevelOfGovernment(form: Form) throws {
        let list = try Self.read(Self.levelGroups, as: form)
        let headers = ["序号", "事项名称", "名称", "职责", "职责（第5列）"]
        func cells(_ values: [String]) -> [String: String] { Dictionary(uniqueKeysWithValues: zip(headers, values)) }
        let truth = ShapeTruth(
            title: "青山县南湖镇配合履职事项清单", kind: .cooperative, district: "青山县", township: "南湖镇",
            columns: [Column(key: .number, header: "序号"), Column(key: .name, header: "事项名称"),
                      Column(key: .departments, header: "名称", group: "县级部门"), Column(key: .superiorDuties, header: "职责", group: "县级部门"),
                      Column(key: .townshipDuties, header: "职责（第5列）", group: "乡镇（街道）")],
            items: [
                .init(number: 1, category: "城乡建设", name: "农村危房改造", departments: ["县住房和城乡建设局"],
                      cells: cells(["1", "农村危房改造", "县住房和城乡建设局", "负责危房鉴定和改造资金拨付。", "1.摸排危房。\n2.督促农户按期改造。"]),
                      clauses: ["职责": 1, "职责（第5列）": 2]),
                .init(number: 2, category: "生态环境", name: "秸秆禁烧", departments: ["县生态环境局", "县农业农村局"],
                      cells: cells(["2", "秸秆禁烧", "县生态环境局\n县农业农村局", "县生态环境局：\n负责禁烧执法。\n县农业农村局：\n负责秸秆综合利用。",
                                    "1.开展禁烧巡查。\n2.发现火点及时处置并上报。"]),
                      clauses: ["职责": 2, "职责（第5列）": 2], headings: ["县生态环境局：", "县农业农村局："]),
            ],
            sectionRows: [ListSection(text: "一、城乡建设", level: 1, title: "城乡建设", firstItem: 1),
                          ListSection(text: "二、生态环境", level: 1, title: "生态环境", firstItem: 2)])
        #expect(truth.differences(from: list) == [])
    }

    // MARK: F a title printed on two lines above the table

    @Test(arguments: Form.allCases) func titleOnTwoLinesIsOneTitle(form: Form) throws {
        var table = Self.returned(Self.returnedHeaders[0])
        table.above = ["松山县柳河乡", "上级部门收回事项清单"]
        let list = try Self.read(table, as: form)
        #expect(Self.returnedTruth(Self.returnedHeaders[0]).differences(from: list) == [])
    }
}

import Foundation
import Testing
@testable import Qingdan

@Suite struct NormalizerTests {
    static let editions = ["kouquan-cooperative", "kouquan-cooperative-rev"]

    private func reference() throws -> DutyList {
        try ReferenceCells.list("kouquan-cooperative")
    }

    private func item(_ number: Int, in list: DutyList) throws -> Item {
        try #require(list.items.first { $0.number == number })
    }

    // MARK: Title and columns

    @Test func titleGivesKindAndRegion() throws {
        let list = try reference()
        #expect(list.title == "大同市云冈区口泉乡配合履职事项清单")
        #expect(list.listKind == .cooperative)
        #expect(list.region == Region(province: nil, city: "大同市", district: "云冈区", township: "口泉乡"))
    }

    @Test func titlesOfOtherLists() {
        let titles = ListTitleParser()
        #expect(titles.kind(of: "山西省大同市云冈区口泉乡基本履职事项清单") == .basic)
        #expect(titles.region(of: "山西省大同市云冈区口泉乡基本履职事项清单")
                == Region(province: "山西省", city: "大同市", district: "云冈区", township: "口泉乡"))
        #expect(titles.kind(of: "阳高县罗文皂镇上级部门收回事项清单") == .returned)
        #expect(titles.region(of: "阳高县罗文皂镇上级部门收回事项清单") == Region(district: "阳高县", township: "罗文皂镇"))
        // A 市 after a city is a county-level city; a place name may open with a level word.
        #expect(titles.region(of: "太原市古交市镇城底镇配合履职事项清单")
                == Region(city: "太原市", district: "古交市", township: "镇城底镇"))
        #expect(titles.region(of: "市中区大明湖街道配合履职事项清单") == Region(district: "市中区", township: "大明湖街道"))
        #expect(titles.kind(of: "乡镇履行职责事项清单") == .other)
        // Words after the kind (an issuer in parentheses) are not places.
        #expect(titles.region(of: "口泉乡配合履职事项清单（区委编办审定）") == Region(township: "口泉乡"))
    }

    @Test func referenceColumnsMapByHeader() throws {
        let list = try reference()
        #expect(list.columns.map(\.key) == [.number, .category, .name, .departments, .superiorDuties, .townshipDuties])
        #expect(list.columns.map(\.header) == ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"])
    }

    @Test func headerSynonymsAndWidths() {
        let columns = ColumnKeyMapper().columns(for: ["编号", "类别", "名称", "责任部门", "部门职责", "乡镇(街道) 职责", "法律依据", "备注", "联系人"])
        #expect(columns.map(\.key) == [.number, .category, .name, .departments, .superiorDuties, .townshipDuties, .basis, .remarks, .extra(9)])
        #expect(ColumnKeyMapper().columns(for: ["序号", "序号"]).map(\.key) == [.number, .extra(2)])
    }

    // MARK: Items of the reference

    @Test func everyRowIsAnItemWithItsCellsAsPrinted() throws {
        for edition in Self.editions {
            let table = try ReferenceCells.table(edition)
            let list = try ReferenceCells.list(edition)
            #expect(list.items.map(\.number) == Array(1...100))
            for (item, row) in zip(list.items, table.rows) {
                #expect(item.cells.map(\.header) == table.headers)
                #expect(item.cells.map(\.text) == row.cells)
                #expect(item.name + "。" == row.cells[2])
                #expect(item.category == row.cells[1])
            }
        }
    }

    @Test func item1IsOneSectionOfNumberedClauses() throws {
        let item = try item(1, in: reference())
        #expect(item.name == "史志编纂工作")
        #expect(item.category == "党的建设")
        #expect(item.departments == ["区委党史区志研究室"])
        #expect(item.superiorDuties.count == 1)
        let section = item.superiorDuties[0]
        #expect(section.heading == nil)
        #expect(section.departments.isEmpty)
        #expect(section.clauses.map(\.label) == ["1.", "2.", "3."])
        #expect(section.clauses[0].text == "负责地方党史、区志、年鉴资料的征集、整理和研究工作。")
        #expect(section.clauses[2].text == "开展史志成果转化和运用工作。")
        #expect(item.townshipDuties.map(\.label) == ["1.", "2."])
        #expect(item.townshipDuties[1].text == "开展史志成果转化和运用工作。")
    }

    @Test func unnumberedCellIsOneUnlabeledClause() throws {
        let item = try item(2, in: reference())
        #expect(item.superiorDuties.count == 1)
        #expect(item.superiorDuties[0].clauses == [Clause(label: nil, text: "负责全区志愿者服务工作的统筹规划、协调指导和督促检查。")])
    }

    @Test func item5HasTwoSectionsAndCircledSubclauses() throws {
        let item = try item(5, in: reference())
        #expect(item.departments == ["区民政局", "区人力资源和社会保障局（区医疗保障局）"])
        #expect(item.superiorDuties.map(\.heading) == ["区民政局：", "区人力资源和社会保障局（区医疗保障局）："])
        #expect(item.superiorDuties.map(\.departments) == [["区民政局"], ["区人力资源和社会保障局（区医疗保障局）"]])
        let first = item.superiorDuties[0]
        #expect(first.clauses.count == 1)
        let clause = first.clauses[0]
        #expect(clause.label == "1.")
        #expect(clause.text == "负责对以下四类人群的医疗救助申请和重特大疾病医疗救助申请进行审核、认定、审批，并将数据推送给区医疗保障局。")
        #expect(clause.subclauses.map(\.label) == ["①", "②", "③", "④"])
        #expect(clause.subclauses[0].text == "低保对象、特困人员、低保边缘家庭成员。按规定给予救助。")
        #expect(clause.subclauses[1].text.hasPrefix("因病致贫重病患者。对不符合低保"))
        #expect(clause.subclauses[1].text.hasSuffix("等制定的标准执行。"))
        #expect(clause.subclauses[2].text == "返贫致贫人口、纳入乡村振兴部门监测范围的监测对象(以下简称监测对象)。按照我市巩固拓展医疗保障脱贫攻坚成果有效衔接乡村振兴战略有关政策规定给予救助。")
        #expect(clause.subclauses[3].text == "其他特殊困难人员。参照上述救助对象类别给予相应救助。")
        #expect(item.superiorDuties[1].clauses == [Clause(label: "1.", text: "发放救助资金。")])
        #expect(item.townshipDuties == [Clause(label: nil, text: "配合开展医疗救助申请和重特大疾病医疗救助申请的受理、初审和资料上报工作。")])
    }

    @Test func item11HeadingNamesTwoDepartments() throws {
        let item = try item(11, in: reference())
        #expect(item.superiorDuties.map(\.heading) == ["区委政法委、市公安局云冈分局：", "区司法局："])
        #expect(item.superiorDuties[0].departments == ["区委政法委", "市公安局云冈分局"])
        #expect(item.superiorDuties[0].clauses.map(\.label) == ["1.", "2."])
        #expect(item.superiorDuties[1].departments == ["区司法局"])
        #expect(item.superiorDuties[1].clauses.map(\.label) == ["1.", "2.", "3.", "4.", "5.", "6."])
    }

    @Test func item54TruncatedDepartmentIsCompleted() throws {
        let list = try reference()
        let item = try item(54, in: list)
        #expect(item.departments == ["市生态环境局云冈分局", "区自然资源局", "区林业局", "区农业农村局", "区住房和城乡建设局"])
        #expect(item.cell("对应上级部门")?.hasSuffix("\n区住房和城乡建设") == true)
        let findings = list.findings.filter { $0.item == 54 && $0.code.hasPrefix("department.") }
        #expect(findings.map(\.code) == ["department.truncated"])
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.column == "对应上级部门")
        #expect(findings.first?.message(in: .english).contains("区住房和城乡建设局") == true)
    }

    @Test func item94AliasIsResolvedInCellAndHeading() throws {
        let list = try reference()
        let item = try item(94, in: list)
        #expect(item.departments.contains("区市场监督管理局"))
        #expect(!item.departments.contains("区市场监督局"))
        #expect(item.cell("对应上级部门")?.contains("区市场监督局") == true)
        let section = try #require(item.superiorDuties.first { $0.heading == "区市场监督局：" })
        #expect(section.departments == ["区市场监督管理局"])
        let findings = list.findings.filter { $0.item == 94 && $0.code == "department.alias" }
        #expect(findings.map(\.column) == ["对应上级部门", "上级部门职责"])
        #expect(findings.allSatisfy { $0.severity == .info })
    }

    @Test func item83ShortNamesResolveWhereUnambiguous() throws {
        let list = try reference()
        let item = try item(83, in: list)
        let section = try #require(item.superiorDuties.first { $0.heading == "交通、公安、市场、邮政等部门：" })
        // 邮政 names no department of the item or the list: left unresolved rather than guessed.
        #expect(section.departments == ["区交通运输局", "市公安局云冈分局", "区市场监督管理局"])
        #expect(section.clauses.map(\.label) == ["1."])
        let headingFindings = list.findings.filter { $0.item == 83 && $0.column == "上级部门职责" && $0.code.hasPrefix("department.") }
        #expect(headingFindings.map(\.code) == ["department.alias", "department.alias", "department.alias", "department.unknown"])
        #expect(headingFindings.last?.message(in: .english).contains("邮政") == true)
        let pair = try #require(item.superiorDuties.first { $0.heading == "区文化和旅游局、区消防救援大队：" })
        #expect(pair.departments == ["区文化和旅游局", "区消防救援大队"])
    }

    /// Closing sentences about "other departments" form a trailing section without heading.
    @Test func trailingUnnumberedSentenceIsItsOwnSection() throws {
        let list = try reference()
        let table = try ReferenceCells.table("kouquan-cooperative")
        for number in [27, 48, 71, 83, 93] {
            let item = try item(number, in: list)
            let printedLast = try #require(table.rows[number - 1].cells[4].split(separator: "\n").last.map(String.init))
            let last = try #require(item.superiorDuties.last)
            #expect(last.heading == nil, "item \(number)")
            #expect(last.clauses == [Clause(label: nil, text: printedLast)], "item \(number)")
            #expect(item.superiorDuties.dropLast().allSatisfy { $0.heading != nil }, "item \(number)")
        }
    }

    @Test func textBeforeTheFirstHeadingIsASectionWithoutHeading() throws {
        let item = try item(87, in: reference())
        #expect(item.superiorDuties.map(\.heading) == [nil, "区林业局：", "区应急管理局、区消防救援大队："])
        #expect(item.superiorDuties[0].clauses.first?.text.hasPrefix("各部门按照职责分工负责区域内森林防火") == true)
    }

    @Test func item71SectionForABodyOutsideTheList() throws {
        let item = try item(71, in: reference())
        let section = try #require(item.superiorDuties.first { $0.heading == "口泉供电分公司：" })
        #expect(section.departments == ["口泉供电分公司"])
        #expect(!item.departments.contains("口泉供电分公司"))
    }

    @Test func everyItemIsLosslessInBothEditions() throws {
        for edition in Self.editions {
            let list = try ReferenceCells.list(edition)
            #expect(list.items.count == 100)
            for item in list.items {
                #expect(LosslessCheck.mismatches(in: item, columns: list.columns).isEmpty, "\(edition) item \(item.number)")
                let superior = try #require(item.cell("上级部门职责"))
                #expect(item.rebuiltText(of: .superiorDuties) == superior.replacingOccurrences(of: "\n", with: ""))
            }
            #expect(!list.findings.contains { $0.code == "structure.lossy" })
        }
    }

    // MARK: Clauses

    @Test func clauseLabels() {
        #expect(ClauseLabel("1.") == ClauseLabel(kind: .arabic, value: 1, printed: "1."))
        #expect(ClauseLabel("12、")?.value == 12)
        #expect(ClauseLabel("（3）")?.kind == .parenArabic)
        #expect(ClauseLabel("(3)")?.kind == .parenArabic)
        #expect(ClauseLabel("①")?.kind == .circled)
        #expect(ClauseLabel("⑳")?.value == 20)
        #expect(ClauseLabel("二十一、") == ClauseLabel(kind: .chinese, value: 21, printed: "二十一、"))
        #expect(ClauseLabel("（二）")?.kind == .parenChinese)
        var decimal = DutyTextReader("1.5万元补贴")
        #expect(decimal.readClauseLabel() == nil)
        var year = DutyTextReader("2024.年")
        #expect(year.readClauseLabel() == nil)
    }

    @Test func circledNumbersSplitMidParagraphWhereTheyGoUp() {
        let clauses = ClauseListBuilder.clauses(of: "1.负责以下工作：①审核②审批，见①项\n2.其他")
        #expect(clauses.map(\.label) == ["1.", "2."])
        #expect(clauses[0].text == "负责以下工作：")
        #expect(clauses[0].subclauses == [Clause(label: "①", text: "审核"), Clause(label: "②", text: "审批，见①项")])
    }

    @Test func markerFamiliesNest() {
        let clauses = ClauseListBuilder.clauses(of: "引言\n1、甲\n（1）子一\n（2）子二\n①细目\n2、乙")
        #expect(clauses.map(\.label) == [nil, "1、", "2、"])
        #expect(clauses[1].subclauses.map(\.label) == ["（1）", "（2）"])
        #expect(clauses[1].subclauses[1].subclauses == [Clause(label: "①", text: "细目")])
        #expect(LosslessCheck.text(of: clauses) == "引言1、甲（1）子一（2）子二①细目2、乙")
    }

    // MARK: Synthetic tables

    private func synthetic(headers: [String], rows: [[String]], title: String = "某市某区某镇配合履职事项清单") -> DutyList {
        let table = RawTable(title: title, headers: headers, rows: rows.map { RawRow(cells: $0) })
        let source = SourceInfo(file: "t.txt", format: .text, sha256: String(repeating: "0", count: 64), pages: nil)
        var list = ListNormalizer().normalize(table, source: source)
        Validator().validate(&list, table: table)
        return list
    }

    @Test func columnsInAnotherOrderAndAnExtraRemarksColumn() throws {
        let list = synthetic(
            headers: ["事项名称", "备注", "序号", "乡镇(街道)配合职责", "上级部门职责", "对应上级部门", "经办人"],
            rows: [["道路巡查。", "每月一次", "1", "1.巡查。\n2.上报。", "区交通运输局：\n1.统筹。", "区交通运输局", "张三"]])
        #expect(list.columns.map(\.key) == [.name, .remarks, .number, .townshipDuties, .superiorDuties, .departments, .extra(7)])
        let item = try #require(list.items.first)
        #expect(item.number == 1)
        #expect(item.name == "道路巡查")
        #expect(item.category == nil)
        #expect(item.departments == ["区交通运输局"])
        #expect(item.superiorDuties == [Section(heading: "区交通运输局：", departments: ["区交通运输局"], clauses: [Clause(label: "1.", text: "统筹。")])])
        #expect(item.townshipDuties.map(\.text) == ["巡查。", "上报。"])
        #expect(item.cells.map(\.header) == ["事项名称", "备注", "序号", "乡镇(街道)配合职责", "上级部门职责", "对应上级部门", "经办人"])
        #expect(item.cell("备注") == "每月一次")
        #expect(item.cell("经办人") == "张三")
    }

    @Test func wrappedDepartmentNameIsOneDepartment() throws {
        let list = synthetic(headers: ["序号", "事项名称", "对应上级部门", "上级部门职责", "乡镇职责"],
                             rows: [["1", "救助。", "区民政局\n区人力资源和社会保障局\n（区医疗保障局）", "负责。", "配合。"]])
        #expect(list.items.first?.departments == ["区民政局", "区人力资源和社会保障局（区医疗保障局）"])
    }

    @Test func departmentsOnOneLineAndHeadingsWithARemark() throws {
        let list = synthetic(headers: ["序号", "事项名称", "对应上级部门", "上级部门职责", "乡镇职责"],
                             rows: [["1", "救助。", "区民政局、区财政局", "区民政局（牵头）：\n1.负责。\n区财政局：\n1.拨付。", "配合。"]])
        let item = try #require(list.items.first)
        #expect(item.departments == ["区民政局", "区财政局"])
        #expect(item.superiorDuties.map(\.departments) == [["区民政局"], ["区财政局"]])
        #expect(!list.findings.contains { $0.code == "department.missing-from-list" })
    }

    @Test func rowWithoutAWholeNumberIsReported() throws {
        let list = synthetic(headers: ["序号", "事项名称", "对应上级部门", "上级部门职责", "乡镇职责"],
                             rows: [["1", "甲。", "区民政局", "负责。", "配合。"], ["2a", "乙。", "区民政局", "负责。", "配合。"]])
        #expect(list.items.map(\.number) == [1, 2])
        let finding = try #require(list.findings.first { $0.code == "number.invalid" })
        #expect(finding.item == 2)
        #expect(finding.column == "序号")
        #expect(finding.message(in: .english).contains("2a"))
    }

    @Test func departmentsResolveAgainstTheStandardTable() {
        let directory = DepartmentDirectory(printedNames: ["县民政局", "县市场监督局", "县住房和城乡建设"])
        #expect(directory.resolve("县民政局").kind == .exact)
        #expect(directory.resolve("县市场监督局") == DepartmentResolution(printed: "县市场监督局", name: "县市场监督管理局", kind: .alias))
        #expect(directory.resolve("县住房和城乡建设").name == "县住房和城乡建设局")
        #expect(directory.resolve("市公安局阳高分局").kind == .exact)
        // 区住房 is a truncation of more than one standard name: not guessed.
        #expect(directory.resolve("区住房").kind == .unknown)
    }

    // MARK: JSON

    @Test func jsonValidatesAgainstTheSchema() throws {
        for edition in Self.editions {
            let errors = try SchemaValidation.errors(in: JSONWriter().render(ReferenceCells.list(edition)))
            #expect(errors == nil, "\(edition): \(errors ?? "")")
        }
    }
}

@Suite struct DuplicateHeaderTests {
    @Test func aRepeatedHeaderIsToldApartByPosition() throws {
        let table = RawTable(title: "某市某区某镇配合履职事项清单",
                             headers: ["序号", "事项名称", "备注", "备注"],
                             rows: [RawRow(cells: ["1", "史志编纂工作。", "甲", "乙"])])
        let source = SourceInfo(file: "t.txt", format: .text, sha256: String(repeating: "0", count: 64), pages: nil)
        let list = ListNormalizer().normalize(table, source: source)
        #expect(list.columns.map(\.header) == ["序号", "事项名称", "备注", "备注（第4列）"])
        #expect(list.items.first?.cell("备注") == "甲")
        #expect(list.items.first?.cell("备注（第4列）") == "乙")
        // A cooperative list without 对应上级部门 is missing an essential column.
        #expect(list.findings.map(\.code) == ["column.duplicate-header", "column.missing"])
        #expect(try SchemaValidation.errors(in: JSONWriter().render(list)) == nil)
    }
}

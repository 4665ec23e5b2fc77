import Testing
@testable import Qingdan

/// Small hand-made editions, each exercising one kind of change.
@Suite("ListDiffer synthetic editions")
struct ListDifferSyntheticTests {
    /// Items with distinct names, departments and duties; `number` as given.
    private func item(_ number: Int, _ name: String, category: String = "民生服务", departments: String = "区民政局",
                      superior: String? = nil, township: String? = nil) -> Item {
        DiffFixtures.item(number: number, category: category, name: name + "。", departments: departments,
                          superior: superior ?? "1.负责\(name)的统筹规划和监督检查。",
                          township: township ?? "1.受理\(name)相关材料。\n2.开展\(name)的入户核查并上报。")
    }

    private func diff(_ old: [Item], _ new: [Item]) -> ListDiff {
        ListDiffer().diff(DiffFixtures.list(items: old), DiffFixtures.list(items: new))
    }

    @Test("several items removed and inserted; the rest match by name whatever their numbers")
    func removedAndInserted() {
        let names = ["低保申请", "特困人员供养", "临时救助", "残疾人两项补贴", "高龄津贴发放", "殡葬管理", "婚姻登记", "养老机构监管"]
        let old = names.enumerated().map { item($0.offset + 1, $0.element) }
        // Remove 特困人员供养 (2) and 殡葬管理 (6); insert three unrelated items.
        let newNames = ["低保申请", "河湖巡查", "临时救助", "残疾人两项补贴", "森林防火宣传", "高龄津贴发放", "婚姻登记", "养老机构监管", "校园周边治安"]
        let new = newNames.enumerated().map { item($0.offset + 1, $0.element) }

        let result = diff(old, new)
        #expect(result.removed.map(\.number) == [2, 6])
        #expect(result.removed.map(\.name) == ["特困人员供养", "殡葬管理"])
        #expect(result.added.map(\.number) == [2, 5, 9])
        #expect(result.added.map(\.name) == ["河湖巡查", "森林防火宣传", "校园周边治安"])
        #expect(result.modified.isEmpty)
        // 高龄津贴发放 5 → 6 is renumbered; 低保申请, 临时救助, 残疾人两项补贴, 婚姻登记 (7 → 7), 养老机构监管 keep theirs.
        #expect(result.renumbered == 1)
        #expect(result.unchanged == 5)
    }

    @Test("a rename with reworded and added clauses is one modified item")
    func renameWithRewordedClauses() throws {
        let old = [
            item(1, "低保申请"),
            item(2, "志愿者服务工作", departments: "区委社会工作部",
                 superior: "负责全区志愿者服务工作的统筹规划、协调指导和督促检查。",
                 township: "1.组织人员积极参加志愿者活动。\n2.维护志愿者服务活动现场秩序。"),
        ]
        let new = [
            item(1, "低保申请"),
            item(2, "志愿服务工作", departments: "区委社会工作部",
                 superior: "负责全区志愿者服务工作的统筹规划、协调指导和督促检查。",
                 township: "1.组织人员积极参加志愿者活动。\n2.维护志愿服务活动现场秩序和安全。\n3.做好志愿服务记录。"),
        ]
        let result = diff(old, new)
        #expect(result.removed.isEmpty && result.added.isEmpty)
        let change = try #require(result.modified.first)
        #expect(result.modified.count == 1)
        #expect(change.fields.map(\.key) == ["name", "township_duties"])
        #expect((change.oldName, change.newName) == ("志愿者服务工作", "志愿服务工作"))

        guard case .duties(_, let township) = change.fields[1] else { Issue.record("no township change"); return }
        #expect(township.clauses.map(\.kind) == [.reworded, .added])
        #expect(township.clauses[0].oldLabel == "2." && township.clauses[0].newLabel == "2.")
        #expect(township.clauses[0].runs == [
            DiffRun(.equal, "维护志愿"), DiffRun(.delete, "者"), DiffRun(.equal, "服务活动现场秩序"),
            DiffRun(.insert, "和安全"), DiffRun(.equal, "。"),
        ])
        #expect(township.clauses[1].newLabel == "3." && township.clauses[1].newText == "做好志愿服务记录。")
    }

    @Test("a different item under a similar name is a removal and an addition, not a rename")
    func similarNameDifferentItem() {
        let old = [item(1, "医疗救助申请", township: "1.受理医疗救助申请并初审。\n2.公示初审结果。")]
        let new = [item(1, "临时救助申请", superior: "1.负责审批急难型临时救助。",
                        township: "1.发现急难情形及时先行救助。\n2.报告区民政局。")]
        let result = diff(old, new)
        #expect(result.removed.map(\.name) == ["医疗救助申请"])
        #expect(result.added.map(\.name) == ["临时救助申请"])
        #expect(result.modified.isEmpty)
    }

    @Test("a category move is reported with old and new category")
    func categoryMove() {
        let old = [item(1, "网格化服务管理", category: "党的建设"), item(2, "低保申请")]
        let new = [item(1, "网格化服务管理", category: "社会治理"), item(2, "低保申请")]
        let result = diff(old, new)
        #expect(result.modified.count == 1)
        #expect(result.modified.first?.fields == [.category(old: "党的建设", new: "社会治理")])
        #expect(result.unchanged == 1)
    }

    @Test("department list changes name the departments added and removed")
    func departmentChange() {
        let old = [item(1, "病媒生物防制", departments: "区卫生健康局\n区爱卫办")]
        let new = [item(1, "病媒生物防制", departments: "区卫生健康局\n区城市管理局\n区生态环境局")]
        let result = diff(old, new)
        guard case .departments(let change)? = result.modified.first?.fields.first else {
            Issue.record("no department change"); return
        }
        #expect(change.added == ["区城市管理局", "区生态环境局"])
        #expect(change.removed == ["区爱卫办"])
    }

    @Test("duplicate names pair in printed order")
    func duplicateNames() {
        let old = [item(1, "其他事项", township: "1.甲。"), item(2, "其他事项", township: "1.乙。")]
        let new = [item(1, "其他事项", township: "1.甲。"), item(2, "其他事项", township: "1.乙。")]
        #expect(diff(old, new).isEmpty)
    }

    @Test("clauses under department headings are reported with their section")
    func sectionedSuperiorDuties() throws {
        func withSections(_ number: Int, _ sections: [Section]) -> Item {
            var base = item(number, "医疗救助申请", departments: "区民政局\n区医疗保障局")
            base.superiorDuties = sections
            return base
        }
        let old = withSections(1, [
            Section(heading: "区民政局：", departments: ["区民政局"], clauses: [
                Clause(label: "1.", text: "负责审核、认定、审批。"),
                Clause(label: "2.", text: "将数据推送给区医疗保障局。"),
            ]),
        ])
        let new = withSections(1, [
            Section(heading: "区民政局：", departments: ["区民政局"], clauses: [
                Clause(label: "1.", text: "负责审核、认定、审批。"),
                Clause(label: "2.", text: "及时将数据推送给区医疗保障局。"),
            ]),
            Section(heading: "区医疗保障局：", departments: ["区医疗保障局"], clauses: [
                Clause(label: nil, text: "负责医疗救助资金的结算。"),
            ]),
        ])
        let change = try #require(diff([old], [new]).modified.first)
        guard case .duties(.superiorDuties, let superior) = change.fields.first else { Issue.record("no change"); return }
        #expect(superior.headingsAdded == ["区医疗保障局："])
        #expect(superior.headingsRemoved.isEmpty)
        #expect(superior.clauses.map(\.kind) == [.reworded, .added])
        #expect(superior.clauses.map(\.section) == ["区民政局：", "区医疗保障局："])
        #expect(superior.clauses[0].runs.first == DiffRun(.insert, "及时"))
    }

    @Test("without clause structure the printed paragraphs are compared")
    func cellTextFallback() throws {
        var old = item(1, "低保申请", township: "1.受理申请。\n2.入户调查。")
        var new = item(1, "低保申请", township: "1.受理申请。\n2.入户调查。\n3.张榜公示。")
        old.townshipDuties = []
        new.townshipDuties = []
        let change = try #require(diff([old], [new]).modified.first)
        guard case .duties(.townshipDuties, let township) = change.fields.first else { Issue.record("no change"); return }
        #expect(township.clauses == [ClauseChange(kind: .added, section: nil, newLabel: nil, newText: "3.张榜公示。")])
    }

    @Test("a change only of labels shows as a diff of the whole cell")
    func relabelledClauses() throws {
        let old = item(1, "低保申请", township: "1.受理申请。\n2.入户调查。")
        var new = item(1, "低保申请", township: "（1）受理申请。\n（2）入户调查。")
        new.townshipDuties = [Clause(label: "（1）", text: "受理申请。"), Clause(label: "（2）", text: "入户调查。")]
        let change = try #require(diff([old], [new]).modified.first)
        guard case .duties(.townshipDuties, let township) = change.fields.first else { Issue.record("no change"); return }
        #expect(township.clauses.isEmpty)
        let cell = try #require(township.cellText)
        #expect(cell.old == "1.受理申请。\n2.入户调查。")
        #expect(cell.new == "（1）受理申请。\n（2）入户调查。")
    }

    @Test("a clause inserted at the top is one addition, not a relabelling of all after it")
    func insertedClauseShiftsLabels() throws {
        let old = item(1, "低保申请", township: "1.受理申请。\n2.入户调查。\n3.张榜公示。")
        let new = item(1, "低保申请", township: "1.宣传低保政策。\n2.受理申请。\n3.入户调查。\n4.张榜公示。")
        let change = try #require(diff([old], [new]).modified.first)
        guard case .duties(.townshipDuties, let township) = change.fields.first else { Issue.record("no change"); return }
        #expect(township.clauses == [ClauseChange(kind: .added, section: nil, newLabel: "1.", newText: "宣传低保政策。")])
    }

    @Test("identical editions give an empty diff")
    func identical() {
        let items = [item(1, "低保申请"), item(2, "临时救助")]
        let result = diff(items, items)
        #expect(result.isEmpty)
        #expect(result.unchanged == 2)
    }
}

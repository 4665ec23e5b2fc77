import Foundation
import Testing
@testable import Qingdan
import QingdanDataset

/// The dataset built from generated lists (`DatasetFixture`): every query's answer is checked
/// against what the fixture put in.
@Suite("Dataset")
struct DatasetTests {
    typealias Truth = DatasetFixture.ListTruth

    /// A dataset of every fixture list, added through the library in `order`.
    static func build(order: [Int]? = nil) throws -> (Dataset, URL) {
        let directory = try temporaryDirectory()
        let dataset = try Dataset(path: directory.appendingPathComponent("lists.sqlite").path, create: true)
        for index in order ?? Array(DatasetFixture.truths.indices) {
            let outcome = try dataset.add(DatasetFixture.list(DatasetFixture.truths[index]))
            guard case .added = outcome else { Issue.record("list \(index) not added: \(outcome)"); continue }
        }
        return (dataset, directory)
    }

    static func sqlite(_ path: String, _ sql: String) throws -> [[String]] {
        let r = try CLI.run(["-separator", "\t", path, sql], executable: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        #expect(r.status == 0, "sqlite3: \(r.stderr)")
        return r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.components(separatedBy: "\t") }
    }

    static let kindNames: [ListKind: String] = [.cooperative: "配合履职事项清单", .basic: "基本履职事项清单"]

    /// Lineage ids by (region, kind, edition, 序号), read with sqlite3 from the documented tables.
    static func lineages(_ dataset: Dataset) throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try sqlite(dataset.path, "SELECT l.region, l.kind, l.edition, i.number, i.lineage FROM items i JOIN lists l ON l.id = i.list_id") {
            result[row[0..<4].joined(separator: "/")] = row[4]
        }
        return result
    }

    static func key(_ truth: Truth, _ index: Int) -> String {
        "\(truth.region)/\(truth.kind.rawValue)/\(truth.edition)/\(index + 1)"
    }

    /// The lineage partition the fixture implies: one lineage per identity per region and kind.
    static func checkLineages(_ dataset: Dataset) throws {
        let lineages = try lineages(dataset)
        var byIdentity: [String: String] = [:]
        var identityOf: [String: String] = [:]
        var count = 0
        for truth in DatasetFixture.truths {
            for (index, duty) in truth.duties.enumerated() {
                count += 1
                let identity = "\(truth.region)/\(truth.kind.rawValue)/\(duty.identity)"
                guard let lineage = lineages[key(truth, index)] else { Issue.record("no item \(key(truth, index))"); continue }
                if let known = byIdentity[identity] { #expect(known == lineage, "\(identity) has two lineages") }
                byIdentity[identity] = lineage
                if let other = identityOf[lineage] { #expect(other == identity, "lineage \(lineage) is \(other) and \(identity)") }
                identityOf[lineage] = identity
            }
        }
        #expect(lineages.count == count)
    }

    @Test("items keep one lineage across editions: renamed, renumbered, reworded; never across townships or kinds")
    func lineage() throws {
        let (dataset, _) = try Self.build()
        try Self.checkLineages(dataset)
    }

    @Test("editions added out of order give the same lineages", arguments: [[2, 0, 1], [1, 2, 0], [2, 1, 0]])
    func outOfOrder(_ editionOrder: [Int]) throws {
        // Each township's three cooperative editions in the given order, then the rest.
        let truths = DatasetFixture.truths
        var order: [Int] = []
        for township in ["甲乡", "乙镇", "丙街道"] {
            let indices = truths.indices.filter { truths[$0].township == township && truths[$0].kind == .cooperative }
            order += editionOrder.map { indices[$0] }
        }
        order += truths.indices.filter { !order.contains($0) }
        let (dataset, _) = try Self.build(order: order)
        try Self.checkLineages(dataset)
        // An earlier edition added after a later one changes the later one's lineages: the
        // department report (rows kept per list when it is added) gives the items table's.
        try Self.checkDepartmentLineages(dataset)
    }

    /// Every department report's lineage column against the items table (read with sqlite3).
    static func checkDepartmentLineages(_ dataset: Dataset) throws {
        let lineages = try lineages(dataset)
        let kinds = Dictionary(uniqueKeysWithValues: kindNames.map { ($0.value, $0.key.rawValue) })
        var rows = 0
        for name in try dataset.departmentNames() {
            for row in try dataset.department(name).rows {
                let key = "\(row[0])/\(kinds[row[1]] ?? "?")/\(row[2])/\(row[3])"
                #expect(lineages[key] == row[5], "\(name): \(key)")
                rows += 1
            }
        }
        #expect(rows > DatasetFixture.truths.count)
    }

    /// The department report's rows the fixture implies for 区市场监督管理局 (the lineage column
    /// left out), lists in report order.
    static func expectedMarketRows() -> [[String]] {
        var expected: [[String]] = []
        for truth in DatasetFixture.truths.sorted(by: { ($0.region, $0.kind.rawValue, $0.edition) < ($1.region, $1.kind.rawValue, $1.edition) }) {
            for (index, duty) in truth.duties.enumerated() where duty.resolved.contains("区市场监督管理局") {
                for (c, clause) in duty.superior.enumerated() {
                    expected.append([truth.region, Self.kindNames[truth.kind]!, String(truth.edition), String(index + 1), duty.name,
                                     "上级部门职责", duty.printed[0] + "：", "\(c + 1).", clause])
                }
            }
        }
        return expected
    }

    /// The summary's counts the fixture implies, by region|township|kind|edition|category.
    static func expectedSummary() -> [String: Int] {
        var expected: [String: Int] = [:]
        for truth in DatasetFixture.truths {
            for duty in truth.duties {
                expected["\(truth.region)|\(truth.township)|\(Self.kindNames[truth.kind]!)|\(truth.edition)|\(duty.category)", default: 0] += 1
            }
        }
        return expected
    }

    @Test("summary counts items per township, kind, edition and category")
    func summary() throws {
        let (dataset, _) = try Self.build()
        let expected = Self.expectedSummary()
        let table = try dataset.summary()
        var got: [String: Int] = [:]
        for row in table.rows { got[row[0..<5].joined(separator: "|")] = Int(row[5]) }
        #expect(got == expected)
        #expect(table.rows.count == expected.count)
        let items = DatasetFixture.truths.map(\.duties.count).reduce(0, +)
        #expect(table.notes == ["共 \(DatasetFixture.truths.count) 份清单，\(items) 项事项"])
    }

    @Test("department: every item and clause of the department, a printed short form found under the full name",
          arguments: ["区市场监督局", "区市场监督管理局"])
    func department(_ asked: String) throws {
        let (dataset, _) = try Self.build()
        let table = try dataset.department(asked)
        let expected = Self.expectedMarketRows()
        #expect(table.title == "区市场监督管理局 的事项与职责")
        // The lineage column (6th) is checked by the lineage tests; here everything else.
        #expect(table.rows.map { Array($0[0..<5]) + Array($0[6...]) } == expected)
        #expect(Set(table.rows.map { $0[5] }).count == 4, "one lineage per township and kind")
    }

    /// 甲乡's cooperative list again as two more editions: one labelled by a number smaller than
    /// the years (999), one by a label without a number (修订本), which comes after every number.
    static func buildWithOddEditions() throws -> Dataset {
        let (dataset, _) = try Self.build()
        let truth = DatasetFixture.truths[0]
        for (label, file) in [("修订本", "甲乡-修订本.json"), ("999", "甲乡-999.json")] {
            var list = DatasetFixture.list(truth, file: file)
            list.items.removeLast(Int(label) == nil ? 1 : 2)
            guard case .added = try dataset.add(list, edition: label) else { Issue.record("\(label) not added"); continue }
        }
        return dataset
    }

    @Test("summary rows come in order: region, kind, edition by its number (labels without one last), category; counts as put in")
    func summaryOrder() throws {
        let dataset = try Self.buildWithOddEditions()
        let rows = try dataset.summary().rows
        // 甲乡's cooperative editions, in order, with their item counts.
        let jia = rows.filter { $0[0] == "某市某区甲乡" && $0[2] == "配合履职事项清单" }
        var editions: [String] = []
        for row in jia where editions.last != row[3] { editions.append(row[3]) }
        #expect(editions == ["999", "2024", "2025", "2026", "修订本"])
        let holding = DatasetFixture.truths[0].duties.count
        for (edition, count) in [("999", holding - 2), ("修订本", holding - 1), ("2024", holding)] {
            #expect(jia.filter { $0[3] == edition }.map { Int($0[5]) ?? 0 }.reduce(0, +) == count, "\(edition)")
        }
        // Regions in order; in a region basic before cooperative; in an edition, categories in order.
        #expect(rows.map { $0[0] } == rows.map { $0[0] }.sorted())
        let jiaKinds = rows.filter { $0[0] == "某市某区甲乡" }.map { $0[2] }
        let lastBasic = try #require(jiaKinds.lastIndex(of: "基本履职事项清单"))
        #expect(lastBasic < (jiaKinds.firstIndex(of: "配合履职事项清单") ?? -1))
        for (a, b) in zip(rows, rows.dropFirst()) where a[0] == b[0] && a[2] == b[2] && a[3] == b[3] {
            #expect(a[4] < b[4], "\(a) before \(b)")
        }
        #expect(try dataset.summary().notes == ["共 \(DatasetFixture.truths.count + 2) 份清单，\(DatasetFixture.truths.map(\.duties.count).reduce(0, +) + 2 * holding - 3) 项事项"])
    }

    @Test("department: an item naming it only in 对应上级部门 is one row without a clause; a heading naming it twice gives its clauses once; two sections give both, in printed order")
    func departmentShapes() throws {
        let directory = try temporaryDirectory()
        let dataset = try Dataset(path: directory.appendingPathComponent("lists.sqlite").path, create: true)
        func item(_ number: Int, _ name: String, departments: [String], _ sections: [(String, [String], [String])]) -> Item {
            let superior = sections.map { heading, names, clauses in
                Section(heading: heading, departments: names, clauses: clauses.enumerated().map { Clause(label: "\($0.offset + 1).", text: $0.element) })
            }
            let superiorCell = sections.map { heading, _, clauses in
                ([heading] + clauses.enumerated().map { "\($0.offset + 1).\($0.element)" }).joined(separator: "\n")
            }.joined(separator: "\n")
            return Item(number: number, category: "民生服务", name: name, departments: departments, superiorDuties: superior,
                        townshipDuties: [Clause(label: "1.", text: "配合做好\(name)。")], content: nil,
                        cells: [CellEntry(header: "序号", text: String(number)), CellEntry(header: "事项类别", text: "民生服务"),
                                CellEntry(header: "事项名称", text: name), CellEntry(header: "对应上级部门", text: departments.joined(separator: "\n")),
                                CellEntry(header: "上级部门职责", text: superiorCell), CellEntry(header: "乡镇（街道）配合职责", text: "1.配合做好\(name)。")],
                        source: ItemSource(pages: [1]))
        }
        let items = [
            item(1, "低保审核工作", departments: ["区民政局", "区财政局"], [("区财政局：", ["区财政局"], ["负责资金拨付。"])]),
            item(2, "临时救助工作", departments: ["区民政局"], [("区民政局、民政局：", ["区民政局", "区民政局"], ["负责救助审批。", "负责救助资金发放。"])]),
            item(3, "养老服务工作", departments: ["区民政局", "区财政局"], [
                ("区民政局：", ["区民政局"], ["负责养老机构监管。"]), ("区财政局：", ["区财政局"], ["负责补贴资金保障。"]),
                ("区民政局（养老科）：", ["区民政局"], ["负责居家养老服务指导。"]),
            ]),
            item(4, "森林防火工作", departments: ["区应急管理局"], [("区应急管理局：", ["区应急管理局"], ["负责森林防火。"])]),
        ]
        let title = "某市某区丁乡配合履职事项清单（2024年版）"
        let list = DutyList(title: title, listKind: .cooperative, region: Region(city: "某市", district: "某区", township: "丁乡"),
                            source: SourceInfo(file: "丁乡.json", format: .pdf, sha256: SHA256.hex(of: Data(title.utf8)), pages: 1),
                            columns: DatasetFixture.columns, items: items, findings: [])
        _ = try dataset.add(list)
        let table = try dataset.department("区民政局")
        let head = ["某市某区丁乡", "配合履职事项清单", "2024"]
        #expect(table.rows.map { Array($0[0..<5]) + Array($0[6...]) } == [
            head + ["1", "低保审核工作", "", "", "", ""],
            head + ["2", "临时救助工作", "上级部门职责", "区民政局、民政局：", "1.", "负责救助审批。"],
            head + ["2", "临时救助工作", "上级部门职责", "区民政局、民政局：", "2.", "负责救助资金发放。"],
            head + ["3", "养老服务工作", "上级部门职责", "区民政局：", "1.", "负责养老机构监管。"],
            head + ["3", "养老服务工作", "上级部门职责", "区民政局（养老科）：", "1.", "负责居家养老服务指导。"],
        ])
        #expect(table.notes == ["共 1 份清单中的 3 项事项"])
    }

    @Test("department rows follow the summary's list order, editions without a number last")
    func departmentOrder() throws {
        let dataset = try Self.buildWithOddEditions()
        let rows = try dataset.department("区应急管理局").rows.filter { $0[0] == "某市某区甲乡" && $0[1] == "配合履职事项清单" }
        var editions: [String] = []
        for row in rows where editions.last != row[2] { editions.append(row[2]) }
        #expect(editions == ["999", "2024", "2025", "2026", "修订本"])
    }

    @Test("reports' Markdown, CSV and JSON: the bytes the tree renderings gave, every cell escaped")
    func reportForms() throws {
        let table = ReportTable(title: "标题 | *注*", columns: [.init("a", "甲"), .init("b", "乙|")],
                                rows: [["x\ny", "\"引\"\\"], ["<b>", "\u{2028}\t"], ["`#~_[]", ""]], notes: ["第一", "第二 ~"])
        #expect(table.markdown() == """
            # 标题 \\| \\*注\\*

            第一

            第二 \\~

            | 甲 | 乙\\| |
            | --- | --- |
            | x<br>y | "引"\\\\ |
            | \\<b\\> | \u{2028}\t |
            | \\`\\#\\~\\_\\[\\] |  |

            """)
        let tree = JSONValue.object([
            ("title", .string(table.title)), ("notes", .array(table.notes.map(JSONValue.string))),
            ("rows", .array(table.rows.map { row in .object(zip(table.columns, row).map { ($0.key, .string($1)) }) })),
        ]).rendered() + "\n"
        #expect(table.json() == tree)
        #expect(table.jsonData() == Data(tree.utf8))
        let parsed = try #require(try JSONSerialization.jsonObject(with: table.jsonData()) as? [String: Any])
        #expect(parsed["rows"] as? [[String: String]] == [["a": "x\ny", "b": "\"引\"\\"], ["a": "<b>", "b": "\u{2028}\t"], ["a": "`#~_[]", "b": ""]])
        var empty = table
        empty.rows = []
        #expect(empty.json().hasSuffix("\"rows\": []\n}\n"))
        #expect(table.csvData(byteOrderMark: false) == Data("甲,乙|\r\n\"x\ny\",\"\"\"引\"\"\\\"\r\n<b>,\u{2028}\t\r\n`#~_[],\r\n".utf8))
    }

    @Test("history by lineage: first edition, the rename with the renumbering, then a renumbering alone")
    func historyOfRename() throws {
        let (dataset, _) = try Self.build()
        let lineage = try #require(Self.lineages(dataset)["某市某区甲乡/cooperative/2024/6"])
        let table = try dataset.history(lineage: try #require(Int64(lineage)))
        let head = [lineage, "某市某区甲乡", "配合履职事项清单"]
        #expect(table.rows == [
            head + ["2024", "6", "志愿者服务工作", "首次收录", "", ""],
            head + ["2025", "7", "志愿服务工作", "修改（序号 6 → 7）", "事项名称", "改写：志愿者服务工作 → 志愿服务工作"],
            head + ["2026", "6", "志愿服务工作", "序号 7 → 6", "", ""],
        ])
    }

    @Test("history by name: the reworded clause in each township, and a removed item's end")
    func historyByName() throws {
        let (dataset, _) = try Self.build()
        let table = try dataset.history(name: "禁毒宣传工作", region: "乙镇")
        let head = ["某市某区乙镇", "配合履职事项清单"]
        #expect(table.rows.map { Array($0[1...]) } == [
            head + ["2024", "3", "禁毒宣传工作", "首次收录", "", ""],
            head + ["2025", "4", "禁毒宣传工作", "序号 3 → 4", "", ""],
            head + ["2026", "4", "禁毒宣传工作", "修改", "乡镇（街道）配合职责", "改写：1.配合开展禁毒宣传。 → 1.配合开展禁毒宣传和排查。"],
        ])
        // Without the region: one lineage per township and kind that has the item.
        let all = try dataset.history(name: "禁毒宣传工作")
        let expected = DatasetFixture.truths.filter { $0.duties.contains { $0.identity == "d2" } }.map { "\($0.region)/\($0.kind)" }
        #expect(Set(all.rows.map { "\($0[1])/\($0[2])" }).count == Set(expected).count)

        let removed = try dataset.history(name: "农田水利建设工作", region: "丙街道")
        #expect(removed.rows.map { Array($0[3...6]) } == [
            ["2024", "3", "农田水利建设工作", "首次收录"], ["2025", "4", "农田水利建设工作", "序号 3 → 4"],
            ["2026", "4", "农田水利建设工作", "此版不再有"],
        ])
    }

    @Test("compare: what one township's list has that another's lacks, by content")
    func compare() throws {
        let (dataset, _) = try Self.build()
        let table = try dataset.compare("甲乡", "乙镇", kind: .cooperative, edition: "2024")
        #expect(table.rows == [
            ["仅 A 有", "某市某区甲乡", "7", "退役军人帮扶工作", "民生服务", "区退役军人事务局"],
            ["仅 B 有", "某市某区乙镇", "8", "地质灾害防治工作", "应急管理", "区自然资源局"],
        ])
        // The latest editions by default; 丙街道 lacks 森林防火工作 and 农田水利建设工作 is gone from both.
        let latest = try dataset.compare("甲乡", "丙街道", kind: .cooperative)
        #expect(latest.rows.map { [$0[0], $0[3]] } == [["仅 A 有", "森林防火工作"], ["仅 B 有", "地质灾害防治工作"]])
        // 甲乡 has two kinds: without --kind the name is ambiguous.
        #expect(throws: DatasetError.self) { _ = try dataset.compare("甲乡", "乙镇") }
    }

    @Test("adding a list again changes nothing; another form of an edition is one more source; different content under one edition is refused")
    func idempotence() throws {
        let (dataset, _) = try Self.build()
        let truth = DatasetFixture.truths[0]
        let before = try Self.sqlite(dataset.path, "SELECT COUNT(*) FROM items")
        guard case .alreadyPresent = try dataset.add(DatasetFixture.list(truth)) else { Issue.record("added twice"); return }
        var docx = DatasetFixture.list(truth, file: "甲乡.docx")
        docx.source.format = .docx
        docx.source.pages = nil
        for i in docx.items.indices { docx.items[i].source = ItemSource() }
        guard case .sameEdition = try dataset.add(docx) else { Issue.record("DOCX of the same edition added as a new list"); return }
        #expect(try Self.sqlite(dataset.path, "SELECT COUNT(*) FROM items") == before)
        #expect(try Self.sqlite(dataset.path, "SELECT COUNT(*) FROM sources") == [[String(DatasetFixture.truths.count + 1)]])

        var changed = DatasetFixture.list(truth, file: "甲乡-修改.pdf")
        changed.items[0].cells[2].text = "另一名称"
        #expect(throws: DatasetError.self) { try dataset.add(changed) }
        #expect(try Self.sqlite(dataset.path, "SELECT COUNT(*) FROM items") == before)
    }

    @Test("edition labels: given, else a year in the title, else in the file name; ordered by number")
    func editionLabels() {
        var list = DatasetFixture.list(DatasetFixture.truths[0])
        #expect(EditionLabel.of(list, given: "2030").text == "2030")
        #expect(EditionLabel.of(list, given: nil).text == "2024")
        list.title = "某市某区甲乡配合履职事项清单"
        list.source.file = "jiaxiang-2023-v2.pdf"
        #expect(EditionLabel.of(list, given: nil).text == "2023")
        list.source.file = "9dc0120251.pdf"
        #expect(EditionLabel.of(list, given: nil).text == "")
        #expect(EditionLabel("2024") < EditionLabel("2024修订"))
        #expect(EditionLabel("999") < EditionLabel("2024"))
        #expect(EditionLabel("2026") < EditionLabel("甲"))
    }

    @Test("reports are Chinese by default and English in English: titles, headers, kinds, changes; keys and the list's own words stay")
    func languages() throws {
        let (dataset, _) = try Self.build()
        let printed = try #require(try Self.lineages(dataset)["某市某区甲乡/cooperative/2024/6"])
        let lineage = try #require(Int64(printed))
        let zh = try dataset.history(lineage: lineage), en = try dataset.in(.english).history(lineage: lineage)
        #expect(zh.columns.map(\.key) == en.columns.map(\.key))
        #expect(zh.columns.map(\.header) == ["谱系", "地区", "清单类型", "版本", "序号", "事项名称", "变化", "栏目", "内容"])
        #expect(en.columns.map(\.header) == ["Lineage", "Region", "Kind of list", "Edition", "No.", "Item", "Change", "Field", "Detail"])
        #expect(en.rows.map { [$0[2], $0[6], $0[8]] } == [
            ["cooperative duties list", "first seen", ""],
            ["cooperative duties list", "modified (No. 6 → 7)", "reworded: 志愿者服务工作 → 志愿服务工作"],
            ["cooperative duties list", "No. 7 → 6", ""],
        ])
        for table in [zh, try dataset.summary(), try dataset.department("区民政局"), try dataset.compare("甲乡", "乙镇", kind: .cooperative)] {
            for text in [table.title] + table.notes + table.columns.map(\.header) + table.rows.flatMap({ $0 }) {
                #expect(LocalizationTests.englishWords(text).isEmpty, "English in a Chinese report: \(text)")
            }
        }
        #expect(try dataset.in(.english).summary().title == "The dataset at a glance")
        #expect(throws: DatasetError(.notFound, "no item in the dataset has a name containing '无此事项'")) {
            _ = try dataset.in(.english).history(name: "无此事项")
        }
    }

    @Test("a dataset opened read-only (the web app) is not written, and one made before schema v2 is refused with the upgrade to run")
    func readOnly() throws {
        let (built, directory) = try Self.build()
        let before = try Data(contentsOf: URL(fileURLWithPath: built.path))
        let reader = try Dataset(path: built.path, readOnly: true)
        let rows = try built.summary().rows.count
        #expect(try reader.summary().rows.count == rows)
        #expect(throws: DatasetError.self) { try reader.add(DatasetFixture.list(DatasetFixture.truths[0], file: "again.json")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: built.path)) == before)
        // A v1 file: its migration record says so.
        let old = directory.appendingPathComponent("v1.sqlite").path
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: built.path + suffix) {
            try FileManager.default.copyItem(atPath: built.path + suffix, toPath: old + suffix)
        }
        _ = try Self.sqlite(old, "DELETE FROM grdb_migrations WHERE identifier = 'v2'")
        #expect(throws: DatasetError(.database, "\(old)：数据集由旧版本建立，缺少查询所需的表；请先运行一次 qingdan dataset summary --db \(old) 升级")) {
            _ = try Dataset(path: old, readOnly: true)
        }
    }

    @Test("a file made before schema v3 (no item_names) is refused read-only, upgraded when a command opens it, and then finds a part of a name")
    func upgradeToV3() throws {
        let (built, directory) = try Self.build()
        let old = directory.appendingPathComponent("v2.sqlite").path
        _ = try Self.sqlite(built.path, "VACUUM INTO '\(old)'")
        _ = try Self.sqlite(old, "DROP TABLE item_names; DELETE FROM grdb_migrations WHERE identifier = 'v3'")
        #expect(throws: DatasetError.self) { _ = try Dataset(path: old, readOnly: true) }
        let upgraded = try Dataset(path: old)
        #expect(try Self.sqlite(old, "SELECT COUNT(*) FROM item_names") == [[String(Set(DatasetFixture.truths.flatMap { $0.duties.map(\.name) }).count)]])
        // 禁毒宣传 is part of one name only: its lineages, one per township and kind that has it.
        let rows = try upgraded.history(name: "禁毒宣传").rows
        let holders = DatasetFixture.truths.filter { $0.duties.contains { $0.identity == "d2" } }
        #expect(Set(rows.map { "\($0[1])/\($0[2])" }) == Set(holders.map { "\($0.region)/\(Self.kindNames[$0.kind]!)" }))
        #expect(rows.count == holders.count)
        #expect(Set(rows.map { $0[5] }) == ["禁毒宣传工作"])
    }
}

extension DatasetTests {
    @Test("a file made before schema v4 (no packed report rows) is refused read-only, upgraded when a command opens it, and then answers department and summary as the fixture put them in")
    func upgradeToV4() throws {
        let (built, directory) = try Self.build()
        let old = directory.appendingPathComponent("v3.sqlite").path
        _ = try Self.sqlite(built.path, "VACUUM INTO '\(old)'")
        _ = try Self.sqlite(old, """
            DROP TABLE department_rows; DROP TABLE summary_rows; DROP INDEX departments_by_item; DROP INDEX lists_in_order;
            DELETE FROM grdb_migrations WHERE identifier = 'v4'
            """)
        #expect(throws: DatasetError.self) { _ = try Dataset(path: old, readOnly: true) }
        let upgraded = try Dataset(path: old)
        #expect(try Self.sqlite(old, "SELECT COUNT(*) FROM summary_rows") == [[String(DatasetFixture.truths.count)]])
        for asked in ["区市场监督局", "区市场监督管理局"] {
            let table = try upgraded.department(asked)
            #expect(table.rows.map { Array($0[0..<5]) + Array($0[6...]) } == Self.expectedMarketRows())
        }
        try Self.checkDepartmentLineages(upgraded)
        var got: [String: Int] = [:]
        for row in try upgraded.summary().rows { got[row[0..<5].joined(separator: "|")] = Int(row[5]) }
        #expect(got == Self.expectedSummary())
    }

    @Test("a damaged packed row is one clear error naming the list, not a short report")
    func damagedPackedRows() throws {
        let (dataset, _) = try Self.build()
        let id = try Self.sqlite(dataset.path, "SELECT list_id FROM department_rows WHERE name = '区市场监督管理局' ORDER BY list_id LIMIT 1")[0][0]
        // The blob cut in the middle of a text: its length says more bytes than there are.
        _ = try Self.sqlite(dataset.path, """
            UPDATE department_rows SET packed = substr(packed, 1, length(packed) - 3) WHERE name = '区市场监督管理局' AND list_id = \(id);
            UPDATE summary_rows SET packed = X'05' WHERE list_id = \(id)
            """)
        #expect(throws: DatasetError(.database, "数据集已损坏：清单 \(id) 的 department_rows 无法读取")) { _ = try dataset.department("区市场监督局") }
        #expect(throws: DatasetError(.database, "数据集已损坏：清单 \(id) 的 summary_rows 无法读取")) { _ = try dataset.summary() }
    }
}

extension DatasetTests {
    /// The steps the fixture implies: one for each item whose identity was in the edition before
    /// (same township and kind), by region/kind/edition/序号.
    static func expectedSteps() -> Set<String> {
        var steps = Set<String>()
        for truth in DatasetFixture.truths {
            guard let before = DatasetFixture.truths.filter({
                $0.township == truth.township && $0.kind == truth.kind && $0.edition < truth.edition
            }).max(by: { $0.edition < $1.edition }) else { continue }
            let earlier = Set(before.duties.map(\.identity))
            for (index, duty) in truth.duties.enumerated() where earlier.contains(duty.identity) { steps.insert(key(truth, index)) }
        }
        return steps
    }

    /// Each stored step (read with sqlite3): the item it belongs to, and whether it names the item
    /// of the same lineage in the edition just before as its predecessor; every item has its row,
    /// with its lineage, list, 序号 and name as the items table has them.
    static func checkSteps(_ dataset: Dataset) throws {
        #expect(try sqlite(dataset.path, """
            SELECT COUNT(*), SUM(s.lineage = i.lineage AND s.list_id = i.list_id AND s.number = i.number AND s.name = i.name)
            FROM item_steps s JOIN items i ON i.id = s.item_id
            """) == [[String(DatasetFixture.truths.map(\.duties.count).reduce(0, +)), String(DatasetFixture.truths.map(\.duties.count).reduce(0, +))]])
        let rows = try sqlite(dataset.path, """
            SELECT l.region, l.kind, l.edition, i.number,
                   (SELECT p.id FROM items p JOIN lists pl ON pl.id = p.list_id
                    WHERE p.lineage = i.lineage AND pl.region = l.region AND pl.kind = l.kind AND pl.edition < l.edition
                    ORDER BY pl.edition DESC LIMIT 1) = s.previous_id
            FROM item_steps s JOIN items i ON i.id = s.item_id JOIN lists l ON l.id = i.list_id
            WHERE s.previous_id IS NOT NULL
            """)
        #expect(Set(rows.map { $0[0..<4].joined(separator: "/") }) == expectedSteps())
        #expect(rows.count == expectedSteps().count)
        #expect(rows.allSatisfy { $0[4] == "1" }, "a step made from another item than the lineage's in the edition before")
    }

    /// Every lineage's history, in both languages.
    static func histories(_ dataset: Dataset) throws -> [[[String]]] {
        let lineages = try sqlite(dataset.path, "SELECT DISTINCT lineage FROM items ORDER BY lineage").compactMap { Int64($0[0]) }
        #expect(lineages.count > 30)
        return try lineages.flatMap { [try dataset.history(lineage: $0).rows, try dataset.in(.english).history(lineage: $0).rows] }
    }

    @Test("each item's step from the edition before is stored when lists are added, in order or not, and the history read from it is the comparison's")
    func storedSteps() throws {
        for order in [nil, [2, 0, 1].flatMap { e in DatasetFixture.truths.indices.filter { DatasetFixture.truths[$0].edition == DatasetFixture.editions[e] } }] {
            let (dataset, _) = try Self.build(order: order)
            try Self.checkSteps(dataset)
            let stored = try Self.histories(dataset)
            // Without the stored steps (and with one damaged) the history compares the items itself.
            _ = try Self.sqlite(dataset.path, "UPDATE item_steps SET packed = X'0105' WHERE item_id = (SELECT item_id FROM item_steps WHERE packed IS NOT NULL LIMIT 1)")
            #expect(try Self.histories(dataset) == stored)
            _ = try Self.sqlite(dataset.path, "UPDATE item_steps SET previous_id = NULL, packed = NULL")
            #expect(try Self.histories(dataset) == stored)
        }
    }

    @Test("a file made before schema v5 (no stored steps) is refused read-only, upgraded when a command opens it, and then gives the histories as the fixture put them in")
    func upgradeToV5() throws {
        let (built, directory) = try Self.build()
        let before = try Self.histories(built)
        let old = directory.appendingPathComponent("v4.sqlite").path
        _ = try Self.sqlite(built.path, "VACUUM INTO '\(old)'")
        _ = try Self.sqlite(old, "DROP TABLE item_steps; DELETE FROM grdb_migrations WHERE identifier = 'v5'")
        #expect(throws: DatasetError.self) { _ = try Dataset(path: old, readOnly: true) }
        let upgraded = try Dataset(path: old)
        try Self.checkSteps(upgraded)
        #expect(try Self.histories(upgraded) == before)
        let lineage = try #require(Self.lineages(upgraded)["某市某区甲乡/cooperative/2024/6"])
        #expect(try upgraded.history(lineage: try #require(Int64(lineage))).rows.map { Array($0[3...]) } == [
            ["2024", "6", "志愿者服务工作", "首次收录", "", ""],
            ["2025", "7", "志愿服务工作", "修改（序号 6 → 7）", "事项名称", "改写：志愿者服务工作 → 志愿服务工作"],
            ["2026", "6", "志愿服务工作", "序号 7 → 6", "", ""],
        ])
    }
}

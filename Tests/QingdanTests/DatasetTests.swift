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
        let r = try runProcess("/usr/bin/sqlite3", ["-separator", "\t", path, sql])
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
    }

    @Test("summary counts items per township, kind, edition and category")
    func summary() throws {
        let (dataset, _) = try Self.build()
        var expected: [String: Int] = [:]
        for truth in DatasetFixture.truths {
            for duty in truth.duties {
                expected["\(truth.region)|\(truth.township)|\(Self.kindNames[truth.kind]!)|\(truth.edition)|\(duty.category)", default: 0] += 1
            }
        }
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
        var expected: [[String]] = []
        for truth in DatasetFixture.truths.sorted(by: { ($0.region, $0.kind.rawValue, $0.edition) < ($1.region, $1.kind.rawValue, $1.edition) }) {
            for (index, duty) in truth.duties.enumerated() where duty.resolved.contains("区市场监督管理局") {
                for (c, clause) in duty.superior.enumerated() {
                    expected.append([truth.region, Self.kindNames[truth.kind]!, String(truth.edition), String(index + 1), duty.name,
                                     "上级部门职责", duty.printed[0] + "：", "\(c + 1).", clause])
                }
            }
        }
        #expect(table.title == "区市场监督管理局 的事项与职责")
        // The lineage column (6th) is checked by the lineage tests; here everything else.
        #expect(table.rows.map { Array($0[0..<5]) + Array($0[6...]) } == expected)
        #expect(Set(table.rows.map { $0[5] }).count == 4, "one lineage per township and kind")
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
}

func runProcess(_ executable: String, _ arguments: [String]) throws -> CLI.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLI.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import Qingdan
import QingdanDataset
import QingdanServer
import Testing

/// The dataset page and `/api/dataset/…` (`qingdan serve --dataset`), on a dataset built from
/// `DatasetFixture`: every answer is checked against what the fixture put in.
@Suite("Dataset page")
struct DatasetServerTests {
    typealias Truth = DatasetFixture.ListTruth

    /// A harness serving the fixture's dataset, opened read-only as `serve --dataset` opens it.
    static func harness() throws -> (ServerHarness, path: String) {
        let (built, _) = try DatasetTests.build()
        var harness = ServerHarness()
        harness.configuration.dataset = try Dataset(path: built.path, readOnly: true)
        return (harness, built.path)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")) ?? ""
    }

    static func uri(_ path: String, _ pairs: [(String, String)]) -> String {
        path + "?" + pairs.map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&")
    }

    /// The rows of a JSON report, keyed by column.
    static func rows(_ response: TestResponse) throws -> [[String: String]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        return try #require(object["rows"] as? [[String: String]])
    }

    /// The items of each fixture list that name a department, as (region, kind, edition, 序号, name).
    static func items(naming department: String) -> Set<[String]> {
        var result = Set<[String]>()
        for truth in DatasetFixture.truths {
            for (index, duty) in truth.duties.enumerated() where duty.resolved.contains(department) {
                result.insert([truth.region, DatasetTests.kindNames[truth.kind] ?? "", String(truth.edition), String(index + 1), duty.name])
            }
        }
        return result
    }

    @Test("the page: Chinese by default with the dataset's townships, kinds and editions to choose from; English on ?lang=en; nothing external")
    func page() async throws {
        let (harness, _) = try Self.harness()
        let regions = Set(DatasetFixture.truths.map(\.region))
        let items = DatasetFixture.truths.reduce(0) { $0 + $1.duties.count }
        try await harness.test { client in
            try await client.execute(uri: "/dataset?view=compare", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("lang=\"zh-CN\""))
                for word in ["按部门", "事项沿革", "两地比较", "汇总", "清单 A", "清单 B", "最新版本", "配合履职事项清单", "基本履职事项清单"] {
                    #expect(page.contains(word), "\(word)")
                }
                #expect(page.contains("\(DatasetFixture.truths.count) 份清单，\(regions.count) 个乡镇（街道），\(items) 项事项"))
                for region in regions { #expect(page.contains("<option value=\"\(region)\""), "\(region)") }
                for edition in DatasetFixture.editions { #expect(page.contains("<option value=\"\(edition)\">")) }
                #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
                #expect(!page.contains("<script"))
            }
            try await client.execute(uri: "/dataset?view=department&lang=en", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("lang=\"en\"") && page.contains("By department") && page.contains("Item history"))
                // Every resolved department of the fixture is offered once.
                let departments = Set(DatasetFixture.truths.flatMap { $0.duties.flatMap(\.resolved) })
                for name in departments { #expect(page.components(separatedBy: "<option value=\"\(name)\"").count == 2, "\(name)") }
            }
            // The converter's page links to the dataset when there is one.
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains("href=\"/dataset\""))
            }
        }
        // Without --dataset there is no such page and no tab.
        try await ServerHarness().test { client in
            try await client.execute(uri: "/dataset", method: .get) { response in #expect(response.status == .notFound) }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(!String(buffer: response.body).contains("/dataset"))
            }
        }
    }

    @Test("按部门: the department's items across lists, a printed short form under the full name, in the page and the API")
    func department() async throws {
        let (harness, _) = try Self.harness()
        let expected = Self.items(naming: "区市场监督管理局")
        #expect(!expected.isEmpty)
        try await harness.test { client in
            try await client.execute(uri: Self.uri("/api/dataset/department", [("name", "区市场监督局")]), method: .get) { response in
                #expect(response.status == .ok)
                let rows = try Self.rows(response)
                #expect(Set(rows.map { [$0["region"] ?? "", $0["kind"] ?? "", $0["edition"] ?? "", $0["number"] ?? "", $0["name"] ?? ""] }) == expected)
                // Both superior clauses of each item, under the printed heading.
                #expect(rows.count == 2 * expected.count)
                #expect(Set(rows.map { $0["text"] ?? "" }) == Set(DatasetFixture.base(4).superior))
            }
            try await client.execute(uri: Self.uri("/dataset", [("view", "department"), ("name", "区市场监督管理局")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("区市场监督管理局 的事项与职责"))
                #expect(page.components(separatedBy: "<td class=\"r-name\">食品安全检查工作</td>").count - 1 == 2 * expected.count)
                // Each lineage links to its history; the downloads are the same query.
                #expect(page.contains("href=\"/dataset?view=history&amp;lineage="))
                #expect(page.contains("href=\"/api/dataset/department?view=department&amp;name=\(Self.encode("区市场监督管理局"))&amp;format=xlsx\""))
            }
        }
    }

    @Test("事项沿革: an item's editions with the clause that changed; by lineage from the department page's link")
    func history() async throws {
        let (harness, path) = try Self.harness()
        let lineage = try #require(try DatasetTests.lineages(Dataset(path: path, readOnly: true))["某市某区甲乡/cooperative/2024/6"])
        try await harness.test { client in
            try await client.execute(uri: Self.uri("/api/dataset/history", [("name", "禁毒宣传工作"), ("region", "乙镇")]), method: .get) { response in
                #expect(response.status == .ok)
                let rows = try Self.rows(response)
                // 乙镇 holds base item 2 third: 序号 3, then 4 under the item added at the top in 2025.
                #expect(rows.map { [$0["edition"] ?? "", $0["number"] ?? "", $0["change"] ?? ""] } == [
                    ["2024", "3", "首次收录"], ["2025", "4", "序号 3 → 4"], ["2026", "4", "修改"],
                ])
                #expect(rows.last?["detail"] == "改写：1.配合开展禁毒宣传。 → 1.配合开展禁毒宣传和排查。")
            }
            try await client.execute(uri: "/dataset?view=history&lineage=\(lineage)", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("事项沿革：志愿服务工作"))
                #expect(page.contains("改写：志愿者服务工作 → 志愿服务工作"))
            }
            try await client.execute(uri: "/dataset?view=history&lineage=\(lineage)&lang=en", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("first seen") && page.contains("reworded: 志愿者服务工作 → 志愿服务工作"))
            }
        }
    }

    @Test("两地比较: what one township's list has that another's lacks; 汇总: items per list and category")
    func compareAndSummary() async throws {
        let (harness, _) = try Self.harness()
        let a = try #require(DatasetFixture.truths.first { $0.township == "甲乡" && $0.kind == .cooperative && $0.edition == 2024 })
        let b = try #require(DatasetFixture.truths.first { $0.township == "乙镇" && $0.kind == .cooperative && $0.edition == 2024 })
        let only = { (x: Truth, y: Truth) -> [[String]] in
            x.duties.enumerated().filter { duty in !y.duties.contains { $0.identity == duty.element.identity } }
                .map { [String($0.offset + 1), $0.element.name] }
        }
        let onlyA = only(a, b), onlyB = only(b, a)
        try await harness.test { client in
            let query = [("a", a.region), ("b", b.region), ("kind", "cooperative"), ("edition", "2024")]
            try await client.execute(uri: Self.uri("/api/dataset/compare", query), method: .get) { response in
                #expect(response.status == .ok)
                let rows = try Self.rows(response)
                #expect(rows.filter { $0["side"] == "仅 A 有" }.map { [$0["number"] ?? "", $0["name"] ?? ""] } == onlyA)
                #expect(rows.filter { $0["side"] == "仅 B 有" }.map { [$0["number"] ?? "", $0["name"] ?? ""] } == onlyB)
                #expect(!onlyA.isEmpty && !onlyB.isEmpty)
            }
            try await client.execute(uri: Self.uri("/dataset", [("view", "compare")] + query), method: .get) { response in
                let page = String(buffer: response.body)
                for row in onlyA + onlyB { #expect(page.contains("<td class=\"r-name\">\(row[1])</td>")) }
                #expect(page.contains("<option value=\"\(a.region)\" selected>"))
            }
            try await client.execute(uri: "/api/dataset/summary", method: .get) { response in
                var counts: [String: Int] = [:]
                for row in try Self.rows(response) {
                    counts["\(row["region"] ?? "")/\(row["kind"] ?? "")/\(row["edition"] ?? "")", default: 0] += Int(row["items"] ?? "") ?? -1000
                }
                var expected: [String: Int] = [:]
                for truth in DatasetFixture.truths {
                    expected["\(truth.region)/\(DatasetTests.kindNames[truth.kind] ?? "")/\(truth.edition)"] = truth.duties.count
                }
                #expect(counts == expected)
            }
        }
    }

    @Test("downloads in every format; a query naming nothing is a 404 with the dataset's message, an incomplete one a 400; the file is not written")
    func downloadsAndErrors() async throws {
        let (harness, path) = try Self.harness()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try await harness.test { client in
            let department = [("name", "区民政局")]
            try await client.execute(uri: Self.uri("/api/dataset/department", department + [("format", "csv")]), method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition]?.contains("department.csv") == true)
                #expect(String(buffer: response.body).hasPrefix("\u{FEFF}地区,清单类型,版本,序号,事项名称,谱系,栏目,部门标题,编号,条款\r\n"))
            }
            try await client.execute(uri: Self.uri("/api/dataset/department", department + [("format", "xlsx")]), method: .get) { response in
                #expect(Data(buffer: response.body).prefix(2) == Data("PK".utf8))
            }
            try await client.execute(uri: Self.uri("/api/dataset/department", department + [("format", "md")]), method: .get) { response in
                #expect(String(buffer: response.body).hasPrefix("# 区民政局 的事项与职责\n"))
            }
            try await client.execute(uri: Self.uri("/api/dataset/department", [("name", "区交通局"), ("format", "json")]), method: .get) { response in
                #expect(response.status == .ok, "a name that resolves to no department answers with no rows")
                let rows = try Self.rows(response)
                #expect(rows.isEmpty)
            }
            try await client.execute(uri: Self.uri("/api/dataset/history", [("name", "不存在的事项")]), method: .get) { response in
                #expect(response.status == .notFound)
                let error = try ErrorBody(response)
                #expect(error.message == "数据集中没有名称含“不存在的事项”的事项")
            }
            try await client.execute(uri: Self.uri("/api/dataset/compare", [("a", "甲乡"), ("b", "乙镇")]), method: .get) { response in
                #expect(response.status == .notFound)
                // 甲乡 has a cooperative and a basic list: every edition of both is named.
                let count = DatasetFixture.truths.filter { $0.township == "甲乡" }.count
                let error = try ErrorBody(response)
                #expect(error.message.hasPrefix("有 \(count) 份清单符合“甲乡”"), "\(error.message)")
            }
            try await client.execute(uri: "/api/dataset/compare?a=x", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: Self.uri("/dataset", [("view", "history"), ("name", "不存在的事项")]), method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<p class=\"message\" id=\"dataset-message\">数据集中没有名称含“不存在的事项”的事项</p>"))
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}

import Foundation
import Testing
@testable import Qingdan

/// `qingdan dataset` on the samples: both editions, several forms of each, through the CLI. The
/// answers come from the published change list (`Samples/kouquan-cooperative-rev.changes.json`)
/// and from the reference cells extracted from the Word files, not from the code under test.
@Suite("Dataset of the samples", .serialized)
struct DatasetSampleTests {
    struct Changes: Decodable {
        struct Removed: Decodable { var old_number: Int; var name: String }
        struct Added: Decodable { var new_number: Int; var name: String }
        struct Modified: Decodable { var old_number: Int; var new_number: Int; var old_name: String; var new_name: String; var fields: [String] }
        var removed: [Removed]
        var added: [Added]
        var modified: [Modified]
    }

    static let fieldTitles = ["name": "事项名称", "category": "事项类别", "departments": "对应上级部门",
                              "superior_duties": "上级部门职责", "township_duties": "乡镇（街道）配合职责"]

    static func sample(_ name: String) -> String { ReferenceCells.sample(name).path }

    /// Builds the dataset: the 2024 edition from its PDF, DOCX and text, the 2025 one from its PDF
    /// and DOCX, and a damaged file among them.
    static func build() throws -> (db: String, first: CLI.Result, second: CLI.Result) {
        let directory = try temporaryDirectory()
        let db = directory.appendingPathComponent("lists.sqlite").path
        let broken = directory.appendingPathComponent("broken.pdf")
        try Data("%PDF-1.4 not really".utf8).write(to: broken)
        let first = try CLI.run(["dataset", "build", sample("kouquan-cooperative.pdf"), sample("kouquan-cooperative.docx"), broken.path,
                                 sample("kouquan-cooperative.txt"), "-o", db, "--edition", "2024", "--jobs", "2"])
        let second = try CLI.run(["dataset", "build", sample("kouquan-cooperative-rev.pdf"), sample("kouquan-cooperative-rev.docx"),
                                  "-o", db, "--edition", "2025", "--jobs", "1"])
        return (db, first, second)
    }

    static func query(_ arguments: [String], db: String) throws -> [[String: String]] {
        let r = try CLI.run(["dataset"] + arguments + ["--db", db, "--format", "json"])
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        guard let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any],
              let rows = object["rows"] as? [[String: String]] else {
            Issue.record("not a report: \(r.stdout.prefix(200))")
            return []
        }
        return rows
    }

    @Test("both editions, several forms each: each edition once, every form a source, a damaged file reported and the rest added")
    func build() throws {
        let (db, first, second) = try Self.build()
        #expect(first.status == 3)
        #expect(first.stderr.contains("broken.pdf"))
        #expect(first.stderr.contains("收录 1 份清单（100 项事项）"))
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try DatasetTests.sqlite(db, "SELECT edition, item_count FROM lists ORDER BY edition") == [["2024", "100"], ["2025", "100"]])
        #expect(try DatasetTests.sqlite(db, "SELECT COUNT(*) FROM sources") == [["5"]])
        #expect(try DatasetTests.sqlite(db, "PRAGMA journal_mode") == [["wal"]])

        // The same files again: nothing changes.
        let again = try CLI.run(["dataset", "build", Self.sample("kouquan-cooperative.pdf"), Self.sample("kouquan-cooperative-rev.docx"), "-o", db])
        #expect(again.status == 0)
        #expect(again.stderr.contains("收录 0 份清单"))
        #expect(try DatasetTests.sqlite(db, "SELECT COUNT(*), COUNT(DISTINCT lineage) FROM items") == [["200", "101"]])

        let changes = try JSONDecoder().decode(Changes.self, from: Data(contentsOf: ReferenceCells.sample("kouquan-cooperative-rev.changes.json")))

        // compare: the removed and the added items of the published change list.
        let compared = try Self.query(["compare", "1", "2"], db: db)
        #expect(compared.filter { $0["side"] == "仅 A 有" }.map { $0["name"] ?? "" } == changes.removed.map(\.name))
        #expect(compared.filter { $0["side"] == "仅 B 有" }.map { $0["name"] ?? "" } == changes.added.map(\.name))
        #expect(compared.filter { $0["side"] == "仅 A 有" }.map { $0["number"] ?? "" } == changes.removed.map { String($0.old_number) })

        // history: each modified item, its fields changed at 2025, numbers as published.
        for change in changes.modified {
            let rows = try Self.query(["history", "--name", change.new_name], db: db)
            let first = rows.filter { $0["edition"] == "2024" }, next = rows.filter { $0["edition"] == "2025" }
            #expect(first.map { $0["number"] } == [String(change.old_number)], "\(change.new_name)")
            #expect(first.map { $0["name"] } == [change.old_name])
            #expect(Set(next.compactMap { $0["field"] }) == Set(change.fields.compactMap { Self.fieldTitles[$0] }), "\(change.new_name)")
            #expect(Set(next.map { $0["number"] }) == [String(change.new_number)])
            #expect(Set(rows.map { $0["lineage"] }).count == 1)
        }

        // department: the items whose printed cells name 区市场监督管理局 or its short form, per edition.
        let rows = try Self.query(["department", "区市场监督局"], db: db)
        for (edition, stem) in [("2024", "kouquan-cooperative"), ("2025", "kouquan-cooperative-rev")] {
            let reference = try ReferenceCells.load(stem)
            let departments = try #require(reference.headers.firstIndex(of: "对应上级部门"))
            let duties = try #require(reference.headers.firstIndex(of: "上级部门职责"))
            let expected = Set(reference.rows.filter { row in
                [row.cells[departments], row.cells[duties]].contains { $0.contains("区市场监督局") || $0.contains("区市场监督管理局") }
            }.map { String($0.number) })
            #expect(Set(rows.filter { $0["edition"] == edition }.map { $0["number"] ?? "" }) == expected, "\(edition)")
        }

        // summary: the category counts of the reference cells.
        let summary = try Self.query(["summary"], db: db)
        for (edition, stem) in [("2024", "kouquan-cooperative"), ("2025", "kouquan-cooperative-rev")] {
            let reference = try ReferenceCells.load(stem)
            let category = try #require(reference.headers.firstIndex(of: "事项类别"))
            var expected: [String: String] = [:]
            for row in reference.rows { expected[row.cells[category].replacingOccurrences(of: "\n", with: ""), default: "0"] = String(Int(expected[row.cells[category].replacingOccurrences(of: "\n", with: "")] ?? "0")! + 1) }
            var got: [String: String] = [:]
            for row in summary where row["edition"] == edition { got[row["category"] ?? ""] = row["items"] }
            #expect(got == expected, "\(edition)")
        }
    }

    @Test("every report format is written; xlsx needs a file; a missing dataset is one line and exit 3")
    func formats() throws {
        let directory = try temporaryDirectory()
        let db = directory.appendingPathComponent("lists.sqlite").path
        let build = try CLI.run(["dataset", "build", Self.sample("kouquan-cooperative.txt"), "-o", db, "--edition", "2024"])
        #expect(build.status == 0, "\(build.stderr)")
        let md = try CLI.run(["dataset", "summary", "--db", db])
        #expect(md.stdout.hasPrefix("# 数据集概况\n\n共 1 份清单，100 项事项\n\n| 地区 |"))
        let csv = try CLI.run(["dataset", "department", "区民政局", "--db", db, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}地区,清单类型,版本,序号,事项名称,谱系,栏目,部门标题,编号,条款\r\n"))
        #expect(try CLI.run(["dataset", "summary", "--db", db, "--format", "xlsx"]).status == 2)
        let xlsx = directory.appendingPathComponent("summary.xlsx").path
        #expect(try CLI.run(["dataset", "summary", "--db", db, "--format", "xlsx", "-o", xlsx]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: xlsx)).prefix(2) == Data("PK".utf8))
        let missing = try CLI.run(["dataset", "summary", "--db", directory.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 3)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("none.sqlite").path))
        let unknown = try CLI.run(["dataset", "history", "--lineage", "999999", "--db", db])
        #expect(unknown.status == 3)
        #expect(unknown.stderr.contains("999999"))
    }

    /// Each finding (code, 序号, message) of `file` as `convert --lang LANG` writes it into its JSON.
    static func convertedFindings(_ file: String, lang: String) throws -> [[String]] {
        let r = try CLI.run(["convert", file, "--format", "json", "--lang", lang])
        #expect(r.status == 0, "\(r.stderr)")
        return try LocalizationTests.findings(of: r.stdout).map { finding in
            [finding["code"] as? String ?? "", (finding["item"] as? Int).map(String.init) ?? "", finding["message"] as? String ?? ""]
        }
    }

    @Test("--lang reaches the conversions: the findings stored are worded as convert --lang words them, whether child processes (--jobs 2) or the build itself (--jobs 1) converted the files",
          arguments: ["2", "1"])
    func findingsLanguage(_ jobs: String) throws {
        let directory = try temporaryDirectory()
        let files = [Self.sample("kouquan-cooperative.txt"), Self.sample("kouquan-cooperative-rev.docx")]
        var messages: [String: [String]] = [:]
        for lang in ["en", "zh"] {
            let db = directory.appendingPathComponent("\(lang).sqlite").path
            // Two editions of one list: each is given its label, as a clerk adding them would.
            for (file, edition) in zip(files, ["2024", "2025"]) {
                let build = try CLI.run(["dataset", "build", file, "-o", db, "--edition", edition, "--jobs", jobs, "--lang", lang])
                #expect(build.status == 0, "\(build.stderr)")
            }
            for file in files {
                let name = (file as NSString).lastPathComponent
                let stored = try DatasetTests.sqlite(db, """
                    SELECT f.code, COALESCE(f.item_number, ''), f.message FROM findings f JOIN lists l ON l.id = f.list_id
                    WHERE l.source_file = '\(name)' ORDER BY f.id
                    """)
                let expected = try Self.convertedFindings(file, lang: lang)
                #expect(!expected.isEmpty)
                #expect(stored == expected, "\(name), --lang \(lang), --jobs \(jobs)")
                messages[lang, default: []] += stored.map { $0[2] }
            }
        }
        // The two languages really differ: item 54's truncated department (区住房和城乡建设 printed).
        let en = messages["en"] ?? [], zh = messages["zh"] ?? []
        #expect(en.contains { $0.contains("name cut short") } && !en.contains { $0.contains("名称不全") })
        #expect(zh.contains { $0.contains("名称不全") } && !zh.contains { $0.contains("name cut short") })
    }
}

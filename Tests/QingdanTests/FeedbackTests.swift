import Foundation
import Testing
@testable import Qingdan

/// What `convert` and `check` tell the person at the terminal (`QINGDAN_TERMINAL=1` stands in for
/// a terminal on stderr), and how a batch names its outputs so that it never has to stop.
@Suite("Feedback and output naming")
struct FeedbackTests {
    static let samples = packageRoot.appendingPathComponent("Samples")
    static let terminal = ["QINGDAN_TERMINAL": "1"]

    static func copy(_ sample: String, to directory: URL, as name: String) throws {
        try FileManager.default.copyItem(at: samples.appendingPathComponent(sample), to: directory.appendingPathComponent(name))
    }

    static func listing(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// Severity counts of the sample's findings, read from the JSON the converter writes.
    static func counts(_ json: URL) throws -> (items: Int, error: Int, warning: Int, info: Int) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let findings = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["severity"] as? String }
        return ((object["items"] as? [Any])?.count ?? -1, findings.filter { $0 == "error" }.count,
                findings.filter { $0 == "warning" }.count, findings.filter { $0 == "info" }.count)
    }

    @Test("on a terminal, convert prints one line per file: items, findings by severity, outputs")
    func oneLinePerFile() throws {
        let dir = try temporaryDirectory(), out = dir.appendingPathComponent("out")
        // The `-raw` form: warnings and no error.
        let input = Self.samples.appendingPathComponent("kouquan-cooperative.raw.txt").path
        let r = try CLI.run(["convert", input, "-o", out.path], environment: Self.terminal)
        #expect(r.status == 0)
        let c = try Self.counts(out.appendingPathComponent("kouquan-cooperative.raw.json"))
        #expect(c.items == 100 && c.warning > 0)
        #expect(r.stderr == "✔ \(input): \(c.items) items; \(c.error) errors, \(c.warning) warnings, \(c.info) info → "
                + "\(out.path)/kouquan-cooperative.raw.{json,csv,clauses.csv,md}\n")
        let chinese = try CLI.run(["convert", input, "-o", out.path, "--format", "json"], locale: "zh_CN.UTF-8", environment: Self.terminal)
        #expect(chinese.stderr == "✔ \(input)：\(c.items) 项；错误 \(c.error)、警告 \(c.warning)、提示 \(c.info) → \(out.path)/kouquan-cooperative.raw.json\n")
        // Not a terminal: silent, as a pipeline step should be.
        #expect(try CLI.run(["convert", input, "-o", out.path]).stderr == "")
    }

    @Test("a batch on a terminal shows each file's line, the current file and the time left")
    func batchProgress() throws {
        let dir = try temporaryDirectory(), out = dir.appendingPathComponent("out")
        try Self.copy("kouquan-cooperative.raw.txt", to: dir, as: "a.txt")
        try Self.copy("kouquan-cooperative.layout.txt", to: dir, as: "b.txt")
        try Data("%PDF-1.7 truncated".utf8).write(to: dir.appendingPathComponent("c.pdf"))
        let r = try CLI.run(["convert", dir.path, "-o", out.path, "--format", "json", "--jobs", "1"], environment: Self.terminal)
        #expect(r.status == 3)
        let screen = r.stderr.replacingOccurrences(of: "\u{1B}[K", with: "").split(whereSeparator: { $0 == "\r" || $0 == "\n" }).map(String.init)
        #expect(screen.contains { $0.hasPrefix("✔ \(dir.path)/a.txt: 100 items;") })
        #expect(screen.contains { $0.hasPrefix("✔ \(dir.path)/b.txt: 100 items;") })
        #expect(screen.contains { $0.hasPrefix("✘ \(dir.path)/c.pdf: ") }, "the failed file stands out")
        #expect(screen.contains { $0.hasPrefix("[") && $0.contains("] 0/3 · converting a.txt") })
        #expect(screen.contains { $0.contains("] 1/3 · converting b.txt · about ") && $0.hasSuffix(" s left") })
        #expect(screen.last == "converted 2 of 3 files; 1 failed")
    }

    @Test("check ends with a summary line on stderr; stdout keeps one finding per line")
    func checkSummary() throws {
        let dir = try temporaryDirectory(), out = dir.appendingPathComponent("out")
        let input = Self.samples.appendingPathComponent("kouquan-cooperative.txt").path
        _ = try CLI.run(["convert", input, "-o", out.path, "--format", "json"])
        let c = try Self.counts(out.appendingPathComponent("kouquan-cooperative.json"))
        let r = try CLI.run(["check", input, input])
        #expect(r.stdout.split(separator: "\n").count == 2 * (c.error + c.warning + c.info))
        #expect(r.stderr == "checked 2 files: \(2 * c.error) errors, \(2 * c.warning) warnings, \(2 * c.info) info\n")
        let zh = try CLI.run(["check", input], locale: "zh_CN.UTF-8")
        #expect(zh.stderr == "已检查 1 个文件：错误 \(c.error)、警告 \(c.warning)、提示 \(c.info)\n")
    }

    @Test("a folder with no list is exit 3 and says what was looked for", arguments: ["convert", "check"])
    func emptyFolder(_ command: String) throws {
        let dir = try temporaryDirectory()
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: empty.appendingPathComponent("old.json"))
        let r = try CLI.run([command, empty.path] + (command == "convert" ? ["-o", dir.appendingPathComponent("out").path] : []))
        #expect(r.status == 3)
        #expect(r.stderr.hasPrefix("qingdan: \(empty.path): no list in the folder (looked for "))
        for form in [".pdf", ".docx", ".html", ".txt"] { #expect(r.stderr.contains(form)) }
        let zh = try CLI.run([command, empty.path] + (command == "convert" ? ["-o", dir.path] : []), locale: "zh_CN.UTF-8")
        #expect(zh.stderr.contains("文件夹中没有清单文件"))
    }

    @Test("the PDF and the Word file of one list in one folder: both converted, into distinct names, and said so")
    func bothFormsOfOneList() throws {
        let dir = try temporaryDirectory(), out = dir.appendingPathComponent("out")
        try Self.copy("kouquan-cooperative.pdf", to: dir, as: "口泉.pdf")
        try Self.copy("kouquan-cooperative.docx", to: dir, as: "口泉.docx")
        let r = try CLI.run(["convert", dir.path, "-o", out.path, "--format", "json,md"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.listing(out) == ["口泉.docx.json", "口泉.docx.md", "口泉.pdf.json", "口泉.pdf.md"])
        #expect(r.stderr.contains("\(dir.path)/口泉.pdf: another input of the batch has the same name; its outputs are 口泉.pdf.*"))
        #expect(r.stderr.contains("\(dir.path)/口泉.docx: another input of the batch has the same name; its outputs are 口泉.docx.*"))
        // Each output holds its own input's conversion.
        for form in ["pdf", "docx"] {
            let json = try String(contentsOf: out.appendingPathComponent("口泉.\(form).json"), encoding: .utf8)
            #expect(json.contains("\"format\": \"\(form)\""))
        }
    }

    @Test("a.txt and a.clauses.docx would both write a.clauses.csv: each keeps its own")
    func clausesNameCollision() throws {
        let dir = try temporaryDirectory(), out = dir.appendingPathComponent("out")
        try Self.copy("kouquan-cooperative.raw.txt", to: dir, as: "a.txt")
        try Self.copy("kouquan-cooperative.docx", to: dir, as: "a.clauses.docx")
        try Self.copy("kouquan-cooperative.txt", to: dir, as: "b.txt")
        let r = try CLI.run(["convert", dir.path, "-o", out.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.listing(out) == ["a.clauses.docx.clauses.csv", "a.clauses.docx.csv", "a.txt.clauses.csv", "a.txt.csv",
                                          "b.clauses.csv", "b.csv"])
        let clauses = try String(contentsOf: out.appendingPathComponent("a.txt.clauses.csv"), encoding: .utf8)
        #expect(clauses.contains("number,name,column,department,label,text"))
    }

    @Test("an input named -.txt keeps its clauses CSV")
    func dashNamedInput() throws {
        let dir = try temporaryDirectory(), out = dir.appendingPathComponent("out")
        try Self.copy("kouquan-cooperative.txt", to: dir, as: "-.txt")
        let r = try CLI.run(["convert", dir.appendingPathComponent("-.txt").path, "-o", out.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.listing(out) == ["-.clauses.csv", "-.csv"])
    }

    @Test("diff -o and inspect -o create the folder; write errors give the system's reason")
    func outputFolders() throws {
        let dir = try temporaryDirectory()
        let old = Self.samples.appendingPathComponent("kouquan-cooperative.txt").path
        let new = Self.samples.appendingPathComponent("kouquan-cooperative.layout.txt").path
        let report = dir.appendingPathComponent("reports/2025/changes.html")
        let r = try CLI.run(["diff", old, new, "--format", "html", "-o", report.path])
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: report.path))
        let picture = dir.appendingPathComponent("pictures/p1.png")
        let i = try CLI.run(["inspect", Self.samples.appendingPathComponent("kouquan-cooperative.pdf").path, "-o", picture.path])
        #expect(i.status == 0, "\(i.stderr)")
        #expect(FileManager.default.fileExists(atPath: picture.path))
        // A file where a folder should be, and a folder where the file should be.
        let plain = dir.appendingPathComponent("plain")
        try Data().write(to: plain)
        let under = try CLI.run(["diff", old, new, "-o", plain.appendingPathComponent("x.md").path])
        #expect(under.status == 3)
        #expect(under.stderr == "qingdan: \(plain.path): cannot create output directory (Not a directory)\n")
        let onto = try CLI.run(["diff", old, new, "-o", dir.appendingPathComponent("reports").path])
        #expect(onto.status == 3)
        #expect(onto.stderr == "qingdan: \(dir.appendingPathComponent("reports").path): cannot write output file (Is a directory)\n")
        let convert = try CLI.run(["convert", old, "-o", plain.appendingPathComponent("out").path])
        #expect(convert.status == 3)
        #expect(convert.stderr.contains("cannot create output directory ("), "\(convert.stderr)")
    }

    @Test("--format xlsx to a terminal refuses binary output; to a pipe it writes the workbook")
    func xlsxToTerminal() throws {
        let input = Self.samples.appendingPathComponent("kouquan-cooperative.txt").path
        // script(1) gives the command a pseudo-terminal for its standard output.
        let command = "\(CLI.binary.path) convert '\(input)' --format xlsx"
        let r = try CLI.run(["-c", "script -qec \"\(command)\" /dev/null"], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(r.status == 2, "\(r.stdout)")
        #expect(r.stdout.contains("xlsx is binary and is not written to a terminal"))
        #expect(!r.stdout.contains("PK"))
        let piped = try CLI.run(["convert", input, "--format", "xlsx"])
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix("PK"))
    }
}

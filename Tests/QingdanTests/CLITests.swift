import Foundation
import Testing
@testable import Qingdan

/// Runs the built `qingdan` binary (it sits beside the test bundle in the build folder).
struct CLI {
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // swift-testing runs from .build/<triple>/debug/QingdanPackageTests.xctest
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("qingdan").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("qingdan")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The environment of a run: the test's own, with an English message locale unless `locale`
    /// says otherwise, so that what a test reads on stderr does not depend on the machine.
    static func environment(locale: String = "en_US.UTF-8", extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = locale
        return environment.merging(extra) { $1 }
    }

    static func run(_ arguments: [String], in directory: URL? = nil, locale: String = "en_US.UTF-8",
                    environment extra: [String: String] = [:], executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.environment = environment(locale: locale, extra: extra)
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct CLITests {
    @Test func usageErrorsExitTwo() throws {
        let r = try CLI.run(["convert"])
        #expect(r.status == 2)
        let bad = try CLI.run(["convert", "x.txt", "-o", "out", "--format", "yaml"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown format 'yaml'"))
        // Several formats to stdout cannot be told apart.
        #expect(try CLI.run(["convert", "x.txt"]).status == 2)
    }

    @Test func helpShowsExamples() throws {
        for command in ["convert", "check", "diff", "inspect"] {
            let r = try CLI.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("qingdan \(command) "), "\(command) --help shows an example")
        }
    }

    @Test func unreadableInputExitsThreeNamingTheFile() throws {
        let dir = try temporaryDirectory()
        let missing = dir.appendingPathComponent("missing.pdf").path
        let r = try CLI.run(["convert", missing, "-o", dir.path])
        #expect(r.status == 3)
        #expect(r.stderr == "qingdan: \(missing): cannot read file (No such file or directory)\n")
        let binary = dir.appendingPathComponent("random.pdf")
        try Data([0x00, 0xFF, 0x13, 0x37, 0x00, 0x42]).write(to: binary)
        let r2 = try CLI.run(["check", binary.path])
        #expect(r2.status == 3)
        #expect(r2.stderr.hasPrefix("qingdan: \(binary.path): "))
        #expect(r2.stderr.split(separator: "\n").count == 1, "one line: the file and the problem (no summary for one unreadable input)")
        // No partial output on failure.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["random.pdf"])
    }

    @Test func batchKeepsGoingPastABadFile() throws {
        let dir = try temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.pdf")
        try Data("%PDF-1.7 truncated".utf8).write(to: bad)
        let out = dir.appendingPathComponent("out")
        let good = packageRoot.appendingPathComponent("Samples/kouquan-cooperative.txt").path
        let r = try CLI.run(["convert", bad.path, good, "-o", out.path, "--format", "json"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("converted 1 of 2 files; 1 failed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["kouquan-cooperative.json"])
    }
}

extension CLITests {
    static var sample: String { packageRoot.appendingPathComponent("Samples/kouquan-cooperative.txt").path }

    @Test func convertWritesTheFourFilesNamedAfterTheInput() throws {
        let dir = try temporaryDirectory()
        let r = try CLI.run(["convert", Self.sample, "-o", dir.path])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["kouquan-cooperative.clauses.csv", "kouquan-cooperative.csv", "kouquan-cooperative.json", "kouquan-cooperative.md"])
        let csv = try Data(contentsOf: dir.appendingPathComponent("kouquan-cooperative.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]), "CSV carries a BOM by default")
        let again = try CLI.run(["convert", Self.sample, "-o", dir.path, "--format", "csv", "--no-bom"])
        #expect(again.status == 0)
        let plain = try Data(contentsOf: dir.appendingPathComponent("kouquan-cooperative.csv"))
        #expect(plain == csv.dropFirst(3), "--no-bom drops only the BOM")
    }

    @Test func oneInputOneFormatGoesToStandardOutput() throws {
        let r = try CLI.run(["convert", Self.sample, "--format", "json"])
        #expect(r.status == 0)
        let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((list?["items"] as? [Any])?.count == 100)
        #expect((list?["source"] as? [String: Any])?["format"] as? String == "text")
    }

    @Test func checkPrintsFileItemSeverityCodeMessage() throws {
        // The `-raw` form: warnings and no error.
        let sample = packageRoot.appendingPathComponent("Samples/kouquan-cooperative.raw.txt").path
        let r = try CLI.run(["check", sample, "--min-severity", "warning", "--lang", "en"])
        #expect(r.status == 0, "warnings only: exit 0")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(sample):71: warning department.missing-from-list heading 口泉供电分公司：") })
        #expect(lines.contains { $0.hasPrefix("\(sample):37: warning text.mixed-quotes ") })
        #expect(!lines.contains { $0.contains(" info ") }, "--min-severity warning hides info")
    }

    @Test func checkExitsOneOnAnErrorFinding() throws {
        // 序号 2 printed twice (an error) and 4 skipped (a warning); every row is still a row.
        let dir = try temporaryDirectory()
        let text = """
        测试乡配合履职事项清单
        序号 事项类别 事项名称 对应上级部门 上级部门职责 乡镇（街道）配合职责
        1 党的建设 史志编纂工作。 区委党史区志研究室 负责编纂。 配合编纂。
        2 党的建设 志愿服务工作。 区委社会工作部 负责统筹。 配合组织。
        2 民生服务 公共租赁住房审批。 区住房和城乡建设局 负责审批。 配合受理。
        3 民生服务 医疗救助。 区民政局 负责救助。 配合上报。
        5 民生服务 临时救助。 区民政局 负责救助。 配合上报。

        """
        let file = dir.appendingPathComponent("dup.txt")
        try Data(text.utf8).write(to: file)
        let r = try CLI.run(["check", file.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(file.path):2: error numbering.duplicate "))
        #expect(r.stdout.contains("\(file.path):5: warning numbering.gap "))
        let list = try ListReader().read(path: file.path)
        #expect(list.items.map(\.number) == [1, 2, 2, 3, 5])
        #expect(list.items.map(\.name) == ["史志编纂工作", "志愿服务工作", "公共租赁住房审批", "医疗救助", "临时救助"])
    }
}

extension CLITests {
    /// A folder holding a list beside an earlier conversion of it: the JSON is output, not input.
    @Test func directoryInputSkipsEarlierOutputs() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.sample, toPath: dir.appendingPathComponent("kouquan-cooperative.txt").path)
        try Data("{}".utf8).write(to: dir.appendingPathComponent("kouquan-cooperative.json"))
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["convert", dir.path, "-o", out.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["kouquan-cooperative.json"])
    }
}

import Foundation
import Testing
@testable import Qingdan

extension Tag {
    /// Needs PDF reading (branch `pdf`): runs once its fixtures are in Tests/QingdanTests/Fixtures/pdf/.
    @Tag static var awaitsPDF: Self
    /// Needs the flowing-text tokenizer (branch `text`): runs once the sample `.txt` reads.
    @Tag static var awaitsFlowText: Self
}

/// Inputs a clerk may feed by mistake or receive damaged. Each must give a one-line message that
/// names the file (exit 3, no output file written) or, when the list reads, findings — never a
/// crash and never text silently lost.
@Suite struct BadInputTests {
    static let samples = packageRoot.appendingPathComponent("Samples")
    static let pdfFixtures = packageRoot.appendingPathComponent("Tests/QingdanTests/Fixtures/pdf")
    static var pdfMerged: Bool { FileManager.default.fileExists(atPath: pdfFixtures.appendingPathComponent("encrypted.pdf").path) }
    static var flowTextMerged: Bool {
        (try? ListReader().read(path: samples.appendingPathComponent("kouquan-cooperative.txt").path)) != nil
    }

    /// Converts `file` and expects it rejected: exit 3, one stderr line `qingdan: FILE: …`
    /// containing `message`, and nothing written to the output directory. `check` agrees.
    static func expectRejected(_ file: URL, message: String? = nil, arguments: [String] = [],
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let out = file.deletingLastPathComponent().appendingPathComponent("out-\(file.lastPathComponent)")
        let r = try CLI.run(["convert", file.path, "-o", out.path] + arguments)
        #expect(r.status == 3, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("qingdan: \(file.path): "), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)", sourceLocation: sourceLocation)
        if let message {
            #expect(r.stderr.contains(message), "\(r.stderr)", sourceLocation: sourceLocation)
        }
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(written.isEmpty, "partial output: \(written)", sourceLocation: sourceLocation)
        let check = try CLI.run(["check", file.path] + arguments)
        #expect(check.status == 3, sourceLocation: sourceLocation)
        #expect(check.stderr.hasPrefix(r.stderr), sourceLocation: sourceLocation)
        #expect(check.stderr.split(separator: "\n").count == 1, "one line: the file and the problem (no summary for one unreadable input)", sourceLocation: sourceLocation)
    }

    static func write(_ data: Data, named name: String) throws -> URL {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    static func sample(_ name: String) throws -> Data {
        try Data(contentsOf: samples.appendingPathComponent(name))
    }

    // MARK: - Not a list at all

    @Test func emptyFileInEveryForm() throws {
        for name in ["empty.txt", "empty.pdf", "empty.html", "empty.docx"] {
            try Self.expectRejected(try Self.write(Data(), named: name), message: ": empty file")
        }
        try Self.expectRejected(try Self.write(Data(" \r\n\n\t\u{0C}".utf8), named: "blank.txt"),
                                message: "file holds only blank space")
    }

    @Test func randomBytesNamedPDF() throws {
        var random = SplitMix64(seed: 1)
        var bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        bytes[7] = 0  // binary, as any random block of this size nearly always is
        try Self.expectRejected(try Self.write(Data(bytes), named: "random.pdf"))
    }

    @Test func truncatedPDF() throws {
        let pdf = try Self.sample("kouquan-cooperative.pdf")
        try Self.expectRejected(try Self.write(pdf.prefix(pdf.count / 2), named: "half.pdf"))
        try Self.expectRejected(try Self.write(pdf.prefix(2000), named: "head.pdf"))
    }

    @Test func htmlPageWithoutTable() throws {
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>通知</title></head>"
            + "<body><h1>关于公布乡镇履行职责事项清单的通知</h1><p>清单见附件。</p></body></html>"
        try Self.expectRejected(try Self.write(Data(page.utf8), named: "notice.html"))
    }

    @Test func docxThatIsNotAZip() throws {
        // Starts like a ZIP (and so is taken for DOCX) but the rest is garbage.
        var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        var random = SplitMix64(seed: 2)
        bytes += (0..<2048).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        try Self.expectRejected(try Self.write(Data(bytes), named: "list.docx"))
        // A DOCX cut in half loses its central directory.
        let docx = try Self.sample("kouquan-cooperative.docx")
        try Self.expectRejected(try Self.write(docx.prefix(docx.count / 2), named: "half.docx"))
    }

    // MARK: - PDF forms (branch `pdf`)

    @Test(.tags(.awaitsPDF), .enabled(if: pdfMerged))
    func encryptedPDFWithAndWithoutPassword() throws {
        let dir = try temporaryDirectory()
        let pdf = dir.appendingPathComponent("encrypted.pdf")
        try FileManager.default.copyItem(at: Self.pdfFixtures.appendingPathComponent("encrypted.pdf"), to: pdf)
        try Self.expectRejected(pdf, message: "encrypted PDF; pass --password")
        try Self.expectRejected(pdf, message: "encrypted PDF", arguments: ["--password", "wrong"])
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["convert", pdf.path, "-o", out.path, "--format", "json", "--password", "secret"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["encrypted.json"])
    }

    @Test(.tags(.awaitsPDF), .enabled(if: pdfMerged))
    func scannedPDFHasNoTextLayer() throws {
        let pdf = try temporaryDirectory().appendingPathComponent("scanned.pdf")
        try FileManager.default.copyItem(at: Self.pdfFixtures.appendingPathComponent("scanned.pdf"), to: pdf)
        try Self.expectRejected(pdf, message: "no text layer")
    }

    @Test(.tags(.awaitsPDF), .enabled(if: pdfMerged))
    func pdfWithoutTable() throws {
        let pdf = try temporaryDirectory().appendingPathComponent("no-table.pdf")
        try FileManager.default.copyItem(at: Self.pdfFixtures.appendingPathComponent("no-table.pdf"), to: pdf)
        try Self.expectRejected(pdf, message: "no table")
    }

    // MARK: - Text encodings and line ends

    /// `iconv` the sample to another encoding (bytes, not a Swift String).
    static func encoded(_ name: String, as charset: String) throws -> Data {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("encoded")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", charset, "-o", out.path, samples.appendingPathComponent(name).path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try Data(contentsOf: out)
    }

    static func items(of data: Data, name: String) throws -> [Item] {
        try ListReader().read(data: data, path: name).items
    }

    @Test func gb18030LayoutTextReadsLikeUTF8() throws {
        let gb = try Self.encoded("kouquan-cooperative.layout.txt", as: "GB18030")
        #expect(String(data: gb, encoding: .utf8) == nil, "really another encoding")
        let utf8 = try Self.items(of: try Self.sample("kouquan-cooperative.layout.txt"), name: "utf8.txt")
        #expect(utf8.count == 100)
        #expect(try Self.items(of: gb, name: "gb.txt").map(\.cells) == utf8.map(\.cells))
        // And through the CLI, whose JSON is UTF-8 whatever the input was.
        let file = try Self.write(gb, named: "gb18030.txt")
        let r = try CLI.run(["convert", file.path, "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("大同市云冈区口泉乡配合履职事项清单"))
    }

    @Test(.tags(.awaitsFlowText), .enabled(if: flowTextMerged))
    func gb18030FlowTextReadsLikeUTF8() throws {
        let gb = try Self.encoded("kouquan-cooperative.txt", as: "GB18030")
        let utf8 = try Self.items(of: try Self.sample("kouquan-cooperative.txt"), name: "utf8.txt")
        #expect(try Self.items(of: gb, name: "gb.txt").map(\.cells) == utf8.map(\.cells))
    }

    @Test func crlfLayoutTextReadsLikeLF() throws {
        let text = try #require(String(data: try Self.sample("kouquan-cooperative.layout.txt"), encoding: .utf8))
        let crlf = Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let lf = try Self.items(of: Data(text.utf8), name: "lf.txt")
        let items = try Self.items(of: crlf, name: "crlf.txt")
        #expect(items.map(\.cells) == lf.map(\.cells))
        #expect(!items.flatMap(\.cells).contains { $0.text.contains("\r") })
    }

    @Test(.tags(.awaitsFlowText), .enabled(if: flowTextMerged))
    func crlfFlowTextReadsLikeLF() throws {
        let text = try #require(String(data: try Self.sample("kouquan-cooperative.txt"), encoding: .utf8))
        let crlf = Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(try Self.items(of: crlf, name: "crlf.txt").map(\.cells) == (try Self.items(of: Data(text.utf8), name: "lf.txt")).map(\.cells))
    }

    // MARK: - Numbering

    /// The layout sample with the 序号 at the start of its lines rewritten by `renumber`; the
    /// spaces after a number absorb a change of width, so the columns stay where they are.
    static func renumberedLayout(_ renumber: (Int) -> Int) throws -> Data {
        let text = try #require(String(data: try sample("kouquan-cooperative.layout.txt"), encoding: .utf8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let spaces = line.dropFirst(digits.count).prefix { $0 == " " }
            guard !digits.isEmpty, !spaces.isEmpty, let n = Int(digits) else { return String(line) }
            let new = String(renumber(n))
            let width = digits.count + spaces.count
            #expect(new.count < width)
            return new.padding(toLength: width, withPad: " ", startingAt: 0) + line.dropFirst(width)
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    @Test func numberingGapIsAWarning() throws {
        // 51…100 printed as 52…101: 51 is missing.
        let data = try Self.renumberedLayout { (51...100).contains($0) ? $0 + 1 : $0 }
        let file = try Self.write(data, named: "gap.txt")
        let list = try ListReader().read(path: file.path)
        #expect(list.items.count == 100)
        let gaps = list.findings.filter { $0.code == "numbering.gap" }
        #expect(gaps.map(\.item) == [52])
        #expect(gaps.first?.message(in: .english) == "序号 jumps from 50 to 52; 51 is missing")
        #expect(gaps.first?.severity == .warning)
        // The highest 序号 (101) is past the 100 rows read: a row may have been lost, so check fails.
        #expect(list.findings.filter { $0.code == "numbering.beyond-rows" }.map(\.item) == [101])
        let r = try CLI.run(["check", file.path, "--min-severity", "warning"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(file.path):52: warning numbering.gap"))
    }

    @Test func duplicateNumberIsAnErrorButTheRowIsKept() throws {
        // Row 51 printed as 50.
        let data = try Self.renumberedLayout { $0 == 51 ? 50 : $0 }
        let file = try Self.write(data, named: "duplicate.txt")
        let list = try ListReader().read(path: file.path)
        #expect(list.items.count == 100, "the row under the repeated number is still a row")
        #expect(list.items.map(\.number).filter { $0 == 50 }.count == 2)
        #expect(list.findings.contains { $0.code == "numbering.duplicate" && $0.item == 50 && $0.severity == .error })
        #expect(!list.findings.contains { $0.code == "text.lost" })
        let r = try CLI.run(["check", file.path])
        #expect(r.status == 1, "an error finding")
        #expect(r.stdout.contains("\(file.path):50: error numbering.duplicate"))
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        #expect(try CLI.run(["convert", file.path, "-o", out.path, "--format", "json"]).status == 0, "still converted")
    }

    // MARK: - Other table shapes

    /// A layout-text line with texts at character positions.
    static func line(_ parts: (Int, String)...) -> String {
        var line = ""
        for (position, text) in parts {
            let gap = line.isEmpty ? position : max(position - line.count, 1)
            line += String(repeating: " ", count: gap) + text
        }
        return line
    }

    /// 事项名称 before 事项类别, and a 备注 column at the end.
    static let reorderedWithRemarks = [
        line((10, "某乡配合履职事项清单")),
        line((0, "序号"), (6, "事项名称"), (20, "事项类别"), (30, "对应上级部门"), (44, "上级部门职责"), (60, "乡镇（街道）配合职责"), (82, "备注")),
        line((0, "1"), (6, "史志编纂工作。"), (20, "党的建设"), (30, "区档案馆"), (44, "负责史志编纂。"), (60, "配合收集资料。"), (82, "新增")),
        line((0, "2"), (6, "志愿者服务。"), (20, "党的建设"), (30, "区民政局"), (44, "1.统筹规划。"), (60, "组织参加活动。")),
        line((44, "2.督促检查。")),
    ].joined(separator: "\n") + "\n"

    @Test func columnsInAnotherOrderWithARemarksColumn() throws {
        let list = try ListReader().read(data: Data(Self.reorderedWithRemarks.utf8), path: "reordered.txt")
        #expect(list.columns.map(\.header) == ["序号", "事项名称", "事项类别", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责", "备注"])
        #expect(list.columns.map(\.key) == [.number, .name, .category, .departments, .superiorDuties, .townshipDuties, .remarks])
        #expect(list.items.map(\.number) == [1, 2])
        #expect(list.items.map { $0.cell("事项名称") } == ["史志编纂工作。", "志愿者服务。"])
        #expect(list.items.map(\.category) == ["党的建设", "党的建设"])
        #expect(list.items.map(\.departments) == [["区档案馆"], ["区民政局"]])
        #expect(list.items.map { $0.cell("备注") } == ["新增", ""])
        #expect(list.items[1].cell("上级部门职责") == "1.统筹规划。\n2.督促检查。")
        #expect(list.items[0].cells.map(\.header) == list.columns.map(\.header), "cells in printed order")
        #expect(!list.findings.contains { $0.severity == .error }, "\(list.findings)")
    }
}

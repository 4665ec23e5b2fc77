import Foundation
import Testing
import ZIPFoundation
@testable import Qingdan
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10: files built to attack qingdan. Each test builds its input, runs the CLI in a child
/// process and checks a clear exit-3 line naming the file (or a correct table), bounded time and
/// peak memory, and nothing left behind.
@Suite struct HostileInputTests {
    static let samples = packageRoot.appendingPathComponent("Samples")

    /// Expects `file` refused by convert and check: exit 3, one line `qingdan: FILE: …` holding
    /// `message`, nothing written, within `peakMB` of resident memory.
    static func expectRefused(_ file: URL, _ message: String, arguments: [String] = [], peakMB: Int = 400,
                              timeout: Double = 60, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let out = file.deletingLastPathComponent().appendingPathComponent("out-\(file.lastPathComponent)")
        for command in [["convert", file.path, "-o", out.path], ["check", file.path]] {
            let r = try Spawned.run(command + arguments, timeout: timeout)
            #expect(!r.timedOut, "\(command[0]) ran past \(timeout) s", sourceLocation: sourceLocation)
            #expect(r.status == 3 && r.signal == 0, "\(command[0]): exit \(r.status) signal \(r.signal): \(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr.hasPrefix("qingdan: \(file.path): "), "\(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr.contains(message), "\(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.peakKB < peakMB << 10, "\(command[0]) peaked at \(r.peakKB >> 10) MB", sourceLocation: sourceLocation)
        }
        #expect(listing(out).isEmpty, "left behind: \(listing(out))", sourceLocation: sourceLocation)
    }

    static func write(_ data: Data, _ name: String, in folder: URL? = nil) throws -> URL {
        let url = try (folder ?? temporaryDirectory()).appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// The sample DOCX with its word/document.xml passed through `edit`.
    static func docx(editing edit: (String) -> String, size: ((inout Data) -> Void)? = nil) throws -> Data {
        let original = try Archive(url: samples.appendingPathComponent("kouquan-cooperative.docx"), accessMode: .read)
        let archive = try Archive(accessMode: .create)
        for entry in original {
            var bytes = Data()
            _ = try original.extract(entry) { bytes.append($0) }
            if entry.path == "word/document.xml" {
                bytes = Data(edit(String(decoding: bytes, as: UTF8.self)).utf8)
            }
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count),
                                 compressionMethod: .deflate) { position, count in
                bytes.subdata(in: Int(position)..<Int(position) + count)
            }
        }
        return archive.data ?? Data()
    }

    /// A DOCX whose word/document.xml is `head`, then `repeated` `count` times, then `tail`.
    static func docx(head: String, repeated: String, count: Int, tail: String) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.utf8)),
        ]
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { p, c in
                bytes.subdata(in: Int(p)..<Int(p) + c)
            }
        }
        let headBytes = Data(head.utf8), unit = Data(repeated.utf8), tailBytes = Data(tail.utf8)
        let total = headBytes.count + unit.count * count + tailBytes.count
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(total),
                             compressionMethod: .deflate, bufferSize: 1 << 20) { position, length in
            var out = Data(capacity: length)
            var at = Int(position)
            while out.count < length {
                if at < headBytes.count {
                    let n = min(length - out.count, headBytes.count - at)
                    out.append(headBytes[at..<at + n]); at += n
                } else if at < headBytes.count + unit.count * count {
                    let offset = (at - headBytes.count) % unit.count
                    let n = min(length - out.count, unit.count - offset)
                    out.append(unit[offset..<offset + n]); at += n
                } else {
                    let offset = at - headBytes.count - unit.count * count
                    let n = min(length - out.count, tailBytes.count - offset)
                    out.append(tailBytes[offset..<offset + n]); at += n
                }
            }
            return out
        }
        return archive.data ?? Data()
    }

    static let wordHead = #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
    static let wordTail = "</w:body></w:document>"

    // MARK: - 1, 2: page sizes

    @Test func pageSizeOfInfinityIsAnErrorNamingThePage() throws {
        let pdf = TinyPDF.page(mediaBox: "[0 0 \(String(repeating: "9", count: 400)) 842]")
        let file = try Self.write(pdf, "infinite.pdf")
        try Self.expectRefused(file, "page 1: impossible page size ∞ × 842 pt")
        let diff = try Spawned.run(["diff", file.path, Self.samples.appendingPathComponent("kouquan-cooperative.txt").path])
        #expect(diff.status == 3 && diff.signal == 0)
        #expect(diff.stderr == "qingdan: \(file.path): page 1: impossible page size ∞ × 842 pt\n")
        let absurd = try Self.write(TinyPDF.page(mediaBox: "[0 0 1000000000000 1000000000000]"), "absurd.pdf")
        try Self.expectRefused(absurd, "page 1: impossible page size")
    }

    /// A font whose /Widths are written with 115 digits (a fuzzed PDF, seed 20335956) gives its
    /// glyphs boxes reaching 1e113 pt; converting such a position to whole numbers trapped (SIGILL).
    @Test func textAtAnImpossiblePositionIsAnErrorNamingThePage() throws {
        var bytes = [UInt8](try Data(contentsOf: Self.samples.appendingPathComponent("kouquan-cooperative.pdf")))
        let widths = Array("/Widths[".utf8), thousand = Array("1000".utf8)
        let start = try #require(bytes.firstRange(of: widths)).upperBound
        let end = try #require(bytes[start...].firstIndex(of: UInt8(ascii: "]")))
        var array = Array(bytes[start..<end])
        array.replace(thousand, with: Array(String(repeating: "9", count: 115).utf8))
        #expect(array.count > end - start, "the first /Widths array holds no width of 1000")
        bytes.replaceSubrange(start..<end, with: array)
        let file = try Self.write(Data(bytes), "far-text.pdf")
        try Self.expectRefused(file, "text placed at an impossible position")
        let png = file.deletingLastPathComponent().appendingPathComponent("far.png")
        let inspect = try Spawned.run(["inspect", file.path, "-o", png.path])
        #expect(inspect.signal == 0 && inspect.status == 3, "\(inspect.status) \(inspect.stderr)")
    }

    @Test func inspectRendersHugePagesWithinTheCap() throws {
        let folder = try temporaryDirectory()
        for side in [14_400, 100_000] {
            let file = try Self.write(TinyPDF.page(mediaBox: "[0 0 \(side) \(side)]"), "side\(side).pdf", in: folder)
            let png = folder.appendingPathComponent("side\(side).png")
            let r = try Spawned.run(["inspect", file.path, "-o", png.path])
            #expect(r.status == 0 && r.signal == 0, "\(r.stderr)")
            #expect(r.peakKB < 400 << 10, "inspect of a \(side) pt page peaked at \(r.peakKB >> 10) MB")
            // PNG IHDR: width and height, big-endian, at bytes 16 and 20.
            let bytes = [UInt8](try Data(contentsOf: png))
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            #expect(width <= 4000 && width > 0, "PNG width \(width)")
        }
        let absurd = try Self.write(TinyPDF.page(mediaBox: "[0 0 1000000000000 1000000000000]"), "e12.pdf", in: folder)
        let r = try Spawned.run(["inspect", absurd.path, "-o", folder.appendingPathComponent("e12.png").path])
        #expect(r.status == 3 && r.stderr.hasPrefix("qingdan: \(absurd.path): page 1: impossible page size"), "\(r.stderr)")
        #expect(!listing(folder).contains("e12.png"))
    }

    // MARK: - 3, 4: DOCX bombs, attribute floods

    @Test func docxThatInflatesPastItsDeclaredSizeIsRefused() throws {
        // 80 MB of empty paragraphs, then the declared size patched down to 1,000 bytes.
        var data = try Self.docx(head: Self.wordHead, repeated: "<w:p/>", count: 80_000_000 / 6, tail: Self.wordTail)
        let declared = 1_000
        var patched = 0
        data.withUnsafeMutableBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index + 30 < bytes.count {
                // Local file header (size at +22) and central directory header (size at +24).
                let signature = UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
                let sizeOffset = signature == 0x0403_4B50 ? 22 : signature == 0x0201_4B50 ? 24 : -1
                if sizeOffset > 0 {
                    let size = Int(bytes[index + sizeOffset]) | Int(bytes[index + sizeOffset + 1]) << 8
                        | Int(bytes[index + sizeOffset + 2]) << 16 | Int(bytes[index + sizeOffset + 3]) << 24
                    if size > 10_000_000 {
                        for k in 0..<4 { bytes[index + sizeOffset + k] = UInt8((declared >> (8 * k)) & 0xFF) }
                        patched += 1
                    }
                }
                index += 1
            }
        }
        #expect(patched == 2)
        try Self.expectRefused(try Self.write(data, "bomb.docx"), "word/document.xml unpacks to more than 64 MB")
    }

    @Test func docxOfMillionsOfEmptyParagraphsIsRefused() throws {
        let data = try Self.docx(head: Self.wordHead, repeated: "<w:p/>", count: 50_000_000 / 6, tail: Self.wordTail)
        #expect(data.count < 1_000_000)
        try Self.expectRefused(try Self.write(data, "paragraphs.docx"), "more than 4000000 elements")
    }

    @Test func elementWithTwoHundredThousandAttributesIsRefusedQuickly() throws {
        let attributes = (0..<200_000).map { " a\($0)=\"1\"" }.joined()
        let docx = try Self.docx(head: Self.wordHead + "<w:p\(attributes)/>", repeated: "", count: 0, tail: Self.wordTail)
        try Self.expectRefused(try Self.write(docx, "attributes.docx"), "an element with 200000 attributes", timeout: 20)
        let html = "<html><body><table\(attributes)><tr><td>序号</td></tr></table></body></html>"
        try Self.expectRefused(try Self.write(Data(html.utf8), "attributes.html"), "an element with 200000 attributes", timeout: 20)
    }

    // MARK: - 5: PDF rendering budgets

    /// Form XObjects nested `depth` deep, each drawing the next ten times: 10^depth fills.
    static func nestedForms(depth: Int) -> Data {
        TinyPDF.page(mediaBox: "[0 0 595 842]", content: "/X0 Do", resources: "/XObject << /X0 6 0 R >>") { pdf in
            for level in 0..<depth {
                if level < depth - 1 {
                    let draws = (0..<10).map { "q 1 0 0 1 \($0) 0 cm /X\(level + 1) Do Q" }.joined(separator: " ")
                    pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /XObject << /X\(level + 1) \(7 + level) 0 R >> >>",
                                  Data(draws.utf8))
                } else {
                    pdf.addStream("/Type /XObject /Subtype /Form /BBox [0 0 600 800]", Data("0 0 1 1 re f".utf8))
                }
            }
        }
    }

    @Test func nestedFormsStopAtTheTimeBudget() throws {
        let file = try Self.write(Self.nestedForms(depth: 12), "nested.pdf")
        try Self.expectRefused(file, "more than 2 s of processing (the time budget for one document)",
                               arguments: ["--cpu-budget", "2"], timeout: 60)
    }

    @Test func millionNestedSavesStopAtTheMemoryBudget() throws {
        let content = String(repeating: "q ", count: 1_000_000) + String(repeating: "Q ", count: 1_000_000)
        let file = try Self.write(TinyPDF.page(mediaBox: "[0 0 595 842]", content: content), "saves.pdf")
        try Self.expectRefused(file, "used more than 700 MB of memory (the memory budget for one document)",
                               arguments: ["--memory-budget", "700"], peakMB: 750, timeout: 90)
    }

    @Test func batchChildrenGetTheBudgetAndReportOneLineEach() throws {
        let folder = try temporaryDirectory()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in ["a.pdf", "b.pdf"] { _ = try Self.write(Self.nestedForms(depth: 12), name, in: inputs) }
        let out = folder.appendingPathComponent("out")
        let r = try Spawned.run(["convert", inputs.path, "-o", out.path, "--cpu-budget", "2", "--jobs", "2"], timeout: 90)
        #expect(r.status == 3, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(r.stderr)")
        for (line, name) in zip(lines, ["a.pdf", "b.pdf"]) {
            #expect(line == "qingdan: \(inputs.appendingPathComponent(name).path): stopped: reading it took more than 2 s of processing (the time budget for one document)")
        }
        #expect(listing(out).isEmpty)
    }

    // MARK: - 7, 8, 9: silent loss

    @Test func deepNestingInHTMLIsAnErrorNotAShortTable() throws {
        let page = try String(contentsOf: Self.samples.appendingPathComponent("kouquan-cooperative.html"), encoding: .utf8)
        let spans = String(repeating: "<span>", count: 255) + "深" + String(repeating: "</span>", count: 255)
        guard let cell = page.range(of: "<td") else { Issue.record("sample has no <td>"); return }
        guard let close = page.range(of: ">", range: cell.upperBound..<page.endIndex) else { return }
        var inCell = page
        inCell.insert(contentsOf: spans, at: close.upperBound)
        try Self.expectRefused(try Self.write(Data(inCell.utf8), "deep-cell.html"), "the HTML parser stopped before the end of the page")
        guard let body = page.range(of: "<body") else { Issue.record("sample has no <body>"); return }
        var before = page
        before.insert(contentsOf: "<div>" + spans + "</div>", at: page.range(of: ">", range: body.upperBound..<page.endIndex)!.upperBound)
        try Self.expectRefused(try Self.write(Data(before.utf8), "deep-top.html"), "the HTML parser stopped before the end of the page")
    }

    @Test func docxWithADTDIsRefused() throws {
        let data = try Self.docx { xml in
            let withEntity = xml.replacingOccurrences(of: "<w:document", with: "<!DOCTYPE w:document [<!ENTITY hidden \"藏起来的文字\">]><w:document")
            guard let text = withEntity.range(of: "<w:t>") else { return withEntity }
            return withEntity.replacingCharacters(in: text, with: "<w:t>&hidden;")
        }
        try Self.expectRefused(try Self.write(data, "entity.docx"), "document type declaration (DTD)")
    }

    @Test func docxNotesAboveAndAfterTheTableAreReportedNotTakenAsTitle() throws {
        let original = try ListReader().read(path: Self.samples.appendingPathComponent("kouquan-cooperative.docx").path)
        let note = "注：本清单自公布之日起施行。"
        let after = "以上事项由乡党政办负责解释"
        let paragraph = { (text: String) in "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }
        let data = try Self.docx { xml in
            guard let table = xml.range(of: "<w:tbl>"), let end = xml.range(of: "</w:tbl>", options: .backwards) else { return xml }
            var edited = xml
            edited.insert(contentsOf: paragraph(after), at: end.upperBound)
            edited.insert(contentsOf: paragraph(note), at: table.lowerBound)
            return edited
        }
        let list = try ListReader().read(data: data, path: "notes.docx")
        #expect(list.title == original.title)
        #expect(list.listKind == original.listKind && list.listKind != .other)
        #expect(list.region == original.region)
        #expect(list.items == original.items)
        #expect(list.findings.contains { $0.code == "text.preamble" && $0.message.contains(note) })
        #expect(list.findings.contains { $0.code == "text.outside" && $0.message.contains(after) })
    }

    @Test func utf16WithByteOrderMarkReadsLikeUTF8() throws {
        let text = try String(contentsOf: Self.samples.appendingPathComponent("kouquan-cooperative.txt"), encoding: .utf8)
        let expected = try ListReader().read(data: Data(text.utf8), path: "utf8.txt")
        for (encoding, bom) in [(String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE])), (.utf16BigEndian, [0xFE, 0xFF])] {
            let data = Data(bom) + text.data(using: encoding)!
            let file = try Self.write(data, "utf16.txt")
            let r = try Spawned.run(["convert", file.path, "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            let list = try ListReader().read(data: data, path: "utf16.txt")
            #expect(list.items == expected.items)
            #expect(r.stdout.contains("\"number\": 100") || r.stdout.contains("\"number\":100"))
        }
    }

    // MARK: - 10, 11, 14: processes and signals

    @Test func interruptStopsABatchAndItsChildren() throws {
        for (signal, group) in [(SIGINT, true), (SIGTERM, false)] {
            let folder = try temporaryDirectory()
            let inputs = folder.appendingPathComponent("in")
            try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
            for index in 0..<4 { _ = try Self.write(Self.nestedForms(depth: 12), "slow\(index).pdf", in: inputs) }
            let out = folder.appendingPathComponent("out")
            var childrenSeen = 0
            let r = try Spawned.run(["convert", inputs.path, "-o", out.path, "--jobs", "2"], timeout: 30) { pid in
                // Wait until both children run, then interrupt as Ctrl-C (the group) or `kill` (the parent).
                for _ in 0..<400 where childrenSeen < 2 {
                    usleep(25_000)
                    childrenSeen = processes(mentioning: inputs.path).filter { $0 != pid }.count
                }
                kill(group ? -pid : pid, signal)
            }
            #expect(childrenSeen >= 2)
            #expect(!r.timedOut && r.signal == signal, "ended with exit \(r.status) signal \(r.signal)")
            // Children end on their own signal; give a loaded machine up to 10 s to reap them.
            for _ in 0..<200 where !processes(mentioning: inputs.path).isEmpty { usleep(50_000) }
            #expect(processes(mentioning: inputs.path).isEmpty, "children still running after signal \(signal)")
            #expect(listing(out).isEmpty, "left behind: \(listing(out))")
        }
    }

    @Test func fileNamesThatLookLikeOptionsAreFiles() throws {
        let folder = try temporaryDirectory()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let text = try Data(contentsOf: Self.samples.appendingPathComponent("kouquan-cooperative.layout.txt"))
        for name in ["-h.txt", "--help.txt"] { _ = try Self.write(text, name, in: inputs) }
        let out = folder.appendingPathComponent("out")
        let r = try Spawned.run(["convert", inputs.path, "-o", out.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(listing(out) == ["--help.json", "-h.json"])
    }

    @Test func killedRunsLeaveNoTemporaryFiles() throws {
        // A DOCX conversion keeps no copy of the input in TMPDIR (unlinked as soon as it is open).
        let scratch = try temporaryDirectory()
        let r = try Spawned.run(["check", Self.samples.appendingPathComponent("kouquan-cooperative.docx").path],
                                environment: ["TMPDIR": scratch.path]) { pid in
            // Look as often as possible while it runs.
            var seen: Set<String> = []
            for _ in 0..<20_000 { seen.formUnion(listing(scratch)); if !isRunning(pid) { break } }
            kill(pid, SIGTERM)
        }
        _ = r
        #expect(listing(scratch).isEmpty, "left in TMPDIR: \(listing(scratch))")

        // SIGTERM while outputs are being written: stopped the moment a temporary appears.
        let input = Self.samples.appendingPathComponent("kouquan-cooperative.layout.txt").path
        var caught = 0
        for _ in 0..<30 where caught < 3 {
            let out = try temporaryDirectory()
            var sawTemporary = false
            let run = try Spawned.run(["convert", input, "-o", out.path, "--format", "json,csv,md,xlsx"]) { pid in
                while isRunning(pid) {
                    if listing(out).contains(where: { $0.hasPrefix(".") }) {
                        kill(pid, SIGSTOP)
                        sawTemporary = listing(out).contains { $0.hasPrefix(".") }
                        kill(pid, SIGTERM)
                        kill(pid, SIGCONT)
                        break
                    }
                }
            }
            if sawTemporary, run.signal == SIGTERM {
                caught += 1
                #expect(!listing(out).contains { $0.hasPrefix(".") }, "left behind: \(listing(out))")
            }
        }
        #expect(caught >= 1, "never stopped a run while it wrote")
    }

    // MARK: - 13, 15: temporary files and symlinks

    @Test func plantedSymlinksAreNeverFollowed() throws {
        let folder = try temporaryDirectory()
        let victim = folder.appendingPathComponent("victim")
        try Data("keep".utf8).write(to: victim)
        let target = folder.appendingPathComponent("x.json")
        // The old predictable temporary name, and the target itself.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(".x.json.\(getpid()).tmp").path,
                                                   withDestinationPath: victim.path)
        try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: victim.path)
        try AtomicFile.write(Data("new".utf8), to: target.path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)) == nil)

        let png = folder.appendingPathComponent("page.png")
        try FileManager.default.createSymbolicLink(atPath: png.path, withDestinationPath: victim.path)
        let r = try Spawned.run(["inspect", Self.samples.appendingPathComponent("kouquan-cooperative.pdf").path, "-o", png.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        #expect(try Data(contentsOf: png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func fullDiskLeavesNoneOfAFilesOutputs() throws {
        let input = Self.samples.appendingPathComponent("kouquan-cooperative.layout.txt").path
        let folder = try temporaryDirectory()
        // The Markdown (~98 KB) fits under 150 KB, the JSON (~280 KB) does not.
        let out = folder.appendingPathComponent("out")
        let r = try Spawned.run(["convert", input, "-o", out.path, "--format", "md,json"], limits: ["--fsize=150000"])
        #expect(r.status == 3 && r.signal == 0, "exit \(r.status) signal \(r.signal): \(r.stderr)")
        #expect(r.stderr.hasPrefix("qingdan: \(out.path)/kouquan-cooperative.layout.json: cannot write output file"), "\(r.stderr)")
        #expect(listing(out).isEmpty, "left behind: \(listing(out))")

        let png = folder.appendingPathComponent("page.png")
        let inspect = try Spawned.run(["inspect", Self.samples.appendingPathComponent("kouquan-cooperative.pdf").path, "-o", png.path],
                                      limits: ["--fsize=1000"])
        #expect(inspect.status == 3 && inspect.signal == 0, "\(inspect.stderr)")
        #expect(!listing(folder).contains { $0.contains("page.png") }, "\(listing(folder))")
    }

    // MARK: - 16: CSV formula injection

    @Test func formulaCellsAreNeutralisedInCSVButExactInJSON() throws {
        #expect(CSVWriter.field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVWriter.field("+86 电话") == "'+86 电话")
        #expect(CSVWriter.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.field("\t=1") == "'\t=1")
        #expect(CSVWriter.field("\r=1") == "\"'\r=1\"")
        #expect(CSVWriter.field("-负责") == "'-负责")
        #expect(CSVWriter.field("-1+2") == "'-1+2")
        // Numbers and lone signs are not formulas.
        #expect(CSVWriter.field("-1") == "-1")
        #expect(CSVWriter.field("+3.5") == "+3.5")
        #expect(CSVWriter.field("-") == "-")
        #expect(CSVWriter.field("1.") == "1.")

        var page = try String(contentsOf: Self.samples.appendingPathComponent("kouquan-cooperative.html"), encoding: .utf8)
        let list = try ListReader().read(data: Data(page.utf8), path: "x.html")
        let name = list.items[0].name
        #expect(page.components(separatedBy: name).count == 2, "the first item's name is printed once")
        let formula = "=HYPERLINK(\"http://evil\",\"点击\")"
        page = page.replacingOccurrences(of: name, with: formula.replacingOccurrences(of: "\"", with: "&quot;"))
        let file = try Self.write(Data(page.utf8), "formula.html")
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let r = try Spawned.run(["convert", file.path, "-o", out.path, "--format", "json,csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("formula.csv"), encoding: .utf8)
        let converted = try EditionReader().read(path: out.appendingPathComponent("formula.json").path)
        // The JSON keeps the text exactly; the CSV cell gets the leading apostrophe.
        #expect(converted.items[0].name.hasPrefix(formula))
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"点击\"\")"), "\(csv.prefix(300))")
        #expect(!csv.contains(",\"=HYPERLINK"))
    }

    // MARK: - 17: library noise

    /// A page drawn 200 times in an embedded TrueType font whose bytes are garbage: poppler
    /// complains about each use.
    static func brokenFontPDF() -> Data {
        let content = String(repeating: "BT /F2 12 Tf 72 72 Td (hello) Tj ET\n", count: 200)
        var pdf = TinyPDF()
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>")
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F2 5 0 R >> >> >>")
        pdf.addStream("", Data(content.utf8))
        pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /Broken /FirstChar 32 /LastChar 126 /Widths [\(String(repeating: "500 ", count: 95))] /FontDescriptor 6 0 R >>")
        pdf.add("<< /Type /FontDescriptor /FontName /Broken /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>")
        pdf.addStream("", Data((0..<5120).map { UInt8(truncatingIfNeeded: $0) }))
        return pdf.data
    }

    @Test func popplerMessagesStayOffTheTerminal() throws {
        let folder = try temporaryDirectory()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let file = try Self.write(Self.brokenFontPDF(), "noisy.pdf", in: inputs)
        try Self.expectRefused(file, "no table found")
        // GLib would print poppler's messages on stdout with G_MESSAGES_DEBUG set.
        let log = folder.appendingPathComponent("debug.log")
        let logged = try Spawned.run(["check", file.path], environment: ["QINGDAN_DEBUG_LOG": log.path, "G_MESSAGES_DEBUG": "all"])
        #expect(logged.stderr == "qingdan: \(file.path): no table found\n")
        #expect(logged.stdout.isEmpty, "\(logged.stdout.prefix(300))")
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(text.contains("poppler: "), "poppler's messages go to the debug log")
        // In a batch, each failure is one short line naming the file first.
        _ = try Self.write(Self.brokenFontPDF(), "noisy2.pdf", in: inputs)
        let batch = try Spawned.run(["convert", inputs.path, "-o", folder.appendingPathComponent("out").path])
        let lines = batch.stderr.split(separator: "\n")
        #expect(lines.count == 3 && lines.prefix(2).allSatisfy { $0.hasPrefix("qingdan: \(inputs.path)/noisy") && $0.count < 300 },
                "\(batch.stderr.prefix(2000))")
    }

    // MARK: - 18: smaller

    @Test func diffRefusesUnknownSchemaVersionsAndHugeIntegers() throws {
        let json = try String(contentsOf: packageRoot.appendingPathComponent("Output/kouquan-cooperative.json"), encoding: .utf8)
        let folder = try temporaryDirectory()
        let future = try Self.write(Data(json.replacingOccurrences(of: "\"schema_version\": 1", with: "\"schema_version\": 999").utf8), "future.json", in: folder)
        var r = try Spawned.run(["diff", future.path, future.path])
        #expect(r.status == 3 && r.stderr == "qingdan: \(future.path): schema_version 999 is not one this qingdan reads (1)\n", "\(r.stderr)")
        guard let number = json.range(of: "\"number\": 1,") else { Issue.record("no item 1 in the JSON"); return }
        let huge = try Self.write(Data(json.replacingCharacters(in: number, with: "\"number\": 100000000000000000000000,").utf8), "huge.json", in: folder)
        r = try Spawned.run(["diff", huge.path, huge.path])
        #expect(r.status == 3 && r.stderr.hasPrefix("qingdan: \(huge.path): not a qingdan list in JSON: ") && r.stderr.contains("number too large at byte ")
                && r.stderr.contains(", in items[0].number)"), "\(r.stderr)")
    }

    /// Found by `make fuzz` (seed 20277846): a mutated page ran the table into one header cell of
    /// 80 KB, and the check for two wordings end to end (收回依据备注) tried every split of it.
    @Test func aHugeUnknownHeaderIsReportedNotSplitAtEveryCharacter() throws {
        let long = String(repeating: "负责监督管理辖区内的安全生产工作，", count: 2_000)
        let headers = ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责", long]
        var rows = "<tr>" + headers.map { "<td>\($0)</td>" }.joined() + "</tr>"
        for number in 1...3 {
            let cells = ["\(number)", "城乡建设", "事项\(number)", "区住房和城乡建设局", "负责监督管理。", "配合日常巡查。", ""]
            rows += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        let page = "<html><head><meta charset=\"utf-8\"></head><body><h1>某乡配合履职事项清单</h1><table>\(rows)</table></body></html>"
        let file = try Self.write(Data(page.utf8), "long-header.html")
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let r = try Spawned.run(["convert", file.path, "-o", out.path, "--format", "json"], timeout: 120)
        #expect(!r.timedOut && r.status == 0, "\(r.stderr)")
        let list = try EditionReader().read(path: out.appendingPathComponent("long-header.json").path)
        #expect(list.items.count == 3)
        #expect(list.findings.contains { $0.code == "column.unmapped" && $0.column == long }, "\(list.findings.map(\.code))")
    }

    @Test func colspanOfAThousandOnEveryCellStaysFastAndExact() throws {
        let headers = ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"]
        var rows = "<tr>" + headers.map { "<td colspan=\"1000\">\($0)</td>" }.joined() + "</tr>"
        for number in 1...8 {
            let cells = ["\(number)", "城乡建设", "事项\(number)", "区住房和城乡建设局", "负责监督管理。", "配合日常巡查。"]
            rows += "<tr>" + cells.map { "<td colspan=\"1000\">\($0)</td>" }.joined() + "</tr>"
        }
        let page = "<html><head><meta charset=\"utf-8\"></head><body><h1>某乡配合履职事项清单</h1><table>\(rows)</table></body></html>"
        let file = try Self.write(Data(page.utf8), "colspan.html")
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let r = try Spawned.run(["convert", file.path, "-o", out.path, "--format", "json,csv,xlsx"], timeout: 240)
        #expect(r.status == 0 && !r.timedOut, "\(r.stderr)")
        let list = try EditionReader().read(path: out.appendingPathComponent("colspan.json").path)
        let csv = try String(contentsOf: out.appendingPathComponent("colspan.csv"), encoding: .utf8)
        let csvRows = csv.split(separator: "\r\n")
        #expect(csvRows.count == 9)
        #expect(list.items.count == 8)
        if let second = csvRows.dropFirst().first {
            let fields = second.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields == list.items[0].cells(under: list.columns.map(\.header)).map { $0 ?? "" })
        }
    }
}

import Foundation
import Testing
import ZIPFoundation
@testable import Qingdan

/// What a clerk reads is Chinese unless `--lang en` (reports, findings) or an English locale (CLI
/// messages) says otherwise; finding codes and JSON keys stay English identifiers.
@Suite("Localization")
struct LocalizationTests {
    static let samples = packageRoot.appendingPathComponent("Samples")
    static let sample = samples.appendingPathComponent("kouquan-cooperative.txt").path

    /// English words in a message meant to be Chinese: runs of four or more ASCII letters, other
    /// than the names of forms and tools a message may cite.
    static func englishWords(_ text: String) -> [String] {
        let allowed: Set<String> = ["XLSX", "DOCX", "HTML", "UTF", "GB18030", "qingdan", "libxml2", "body", "password", "document"]
        return text.split { !($0.isASCII && $0.isLetter) }.map(String.init)
            .filter { $0.count >= 4 && !allowed.contains($0) }
    }

    static func findings(of json: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["findings"] as? [[String: Any]])
    }

    @Test("JSON findings are Chinese by default, English with --lang en; codes and keys stay")
    func jsonFindings() throws {
        let chinese = try CLI.run(["convert", Self.sample, "--format", "json"])
        let english = try CLI.run(["convert", Self.sample, "--format", "json", "--lang", "en"])
        #expect(chinese.status == 0 && english.status == 0)
        let zh = try Self.findings(of: chinese.stdout), en = try Self.findings(of: english.stdout)
        #expect(!zh.isEmpty && zh.count == en.count)
        #expect(zh.map { $0["code"] as? String } == en.map { $0["code"] as? String })
        for (z, e) in zip(zh, en) {
            let zMessage = try #require(z["message"] as? String), eMessage = try #require(e["message"] as? String)
            #expect(Self.englishWords(zMessage).isEmpty, "English in a Chinese message: \(zMessage)")
            #expect(zMessage != eMessage)
            #expect(Set(z.keys) == ["severity", "code", "item", "column", "message"])
        }
        // The truncated department of item 54 (区住房和城乡建设 printed): its printed and resolved
        // names appear in both languages.
        let truncated = try #require(zh.firstIndex { $0["code"] as? String == "department.truncated" })
        #expect((zh[truncated]["message"] as? String)?.contains("名称不全") == true)
        #expect((en[truncated]["message"] as? String)?.contains("name cut short") == true)
    }

    @Test("Markdown labels and findings follow --lang")
    func markdown() throws {
        let zh = try CLI.run(["convert", Self.sample, "--format", "md"]).stdout
        let en = try CLI.run(["convert", Self.sample, "--format", "md", "--lang", "en"]).stdout
        #expect(zh.contains("\n## 需核对事项\n") && zh.contains("\n## 目录\n") && zh.contains("**警告** `text.mixed-quotes`"))
        #expect(en.contains("\n## Findings\n") && en.contains("\n## Contents\n") && en.contains("**warning** `text.mixed-quotes`"))
        // The list's own headers are printed as they are in both.
        #expect(en.contains("### 上级部门职责"))
        let findings = zh.components(separatedBy: "\n## 需核对事项\n").last ?? ""
        #expect(Self.englishWords(findings.replacingOccurrences(of: #"`[^`]*`"#, with: "", options: .regularExpression)).isEmpty)
    }

    @Test("check prints its findings in the chosen language")
    func check() throws {
        let zh = try CLI.run(["check", Self.sample, "--min-severity", "warning"])
        let en = try CLI.run(["check", Self.sample, "--min-severity", "warning", "--lang", "en"])
        #expect(zh.stdout.contains("warning text.mixed-quotes 弯引号中混有直引号"))
        #expect(en.stdout.contains("warning text.mixed-quotes straight \" among curly quotes"))
    }

    @Test("diff reports (HTML, Markdown) are Chinese by default, English with --lang en")
    func diffReports() throws {
        let old = Self.samples.appendingPathComponent("kouquan-cooperative.pdf").path
        let new = Self.samples.appendingPathComponent("kouquan-cooperative-rev.pdf").path
        let html = try CLI.run(["diff", old, new, "--format", "html"]).stdout
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("<h2>删除的事项</h2>") && html.contains("<h2>新增的事项</h2>"))
        #expect(!html.contains("Removed items"))
        let htmlEnglish = try CLI.run(["diff", old, new, "--format", "html", "--lang", "en"]).stdout
        #expect(htmlEnglish.contains("<html lang=\"en\">") && htmlEnglish.contains("<h2>Removed items</h2>"))
        let markdown = try CLI.run(["diff", old, new, "--format", "md"]).stdout
        #expect(markdown.hasPrefix("# 变更：") && markdown.contains("| 仅序号变化 | 48 |"))
        let json = try CLI.run(["diff", old, new, "--format", "json", "--lang", "en"]).stdout
        #expect(json == (try CLI.run(["diff", old, new, "--format", "json"]).stdout), "the diff JSON has no words to translate")
    }

    @Test("XLSX sheet names and the clause sheet's headers follow the language")
    func xlsx() throws {
        let list = try ListReader().read(path: Self.sample)
        for (language, names, header) in [(Language.chinese, ["清单", "条款"], "内容"), (.english, ["List", "Clauses"], "Text")] {
            let data = try XLSXWriter(language: language).data(list)
            let archive = try Archive(data: data, accessMode: .read)
            let workbook = try XLSXReadBack.part("xl/workbook.xml", in: archive)
            for name in names { #expect(workbook.contains("<sheet name=\"\(name)\"")) }
            let sheets = try XLSXReadBack.sheets(data)
            #expect(sheets[1].first?.last == header)
        }
    }

    @Test("CLI messages follow LC_ALL, then LC_MESSAGES, then LANG, and are Chinese when none names a language")
    func cliLocale() throws {
        let missing = "/nonexistent/清单.pdf"
        let chinese = try CLI.run(["check", missing], locale: "zh_CN.UTF-8")
        #expect(chinese.status == 3)
        #expect(chinese.stderr.hasPrefix("qingdan: \(missing)：无法读取文件（No such file or directory）\n"))
        let english = try CLI.run(["check", missing])
        #expect(english.stderr.hasPrefix("qingdan: \(missing): cannot read file (No such file or directory)\n"))
        let overridden = try CLI.run(["check", missing], locale: "zh_CN.UTF-8", environment: ["LC_ALL": "en_US.UTF-8"])
        #expect(overridden.stderr.contains("cannot read file"))
        #expect(Language.messages(environment: ["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language.messages(environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "C"]) == .chinese)
        #expect(Language.messages(environment: ["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB"]) == .english)
        #expect(Language.messages(environment: ["LANG": "en_US.UTF-8", "LC_ALL": "zh_TW"]) == .chinese)
        #expect(Language.messages(environment: ["LANG": "", "LC_ALL": ""]) == .chinese)
        #expect(Language.messages(environment: [:]) == .chinese)
        #expect(Language.messages(environment: ["LANG": "C.UTF-8"]) == .chinese)
        let plain = try CLI.run(["check", missing], locale: "C.UTF-8")
        #expect(plain.stderr.hasPrefix("qingdan: \(missing)：无法读取文件（No such file or directory）\n"), "\(plain.stderr)")
    }

    @Test("--lang takes zh or en; anything else is a usage error")
    func languageOption() throws {
        let r = try CLI.run(["check", Self.sample, "--lang", "fr"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--lang takes zh or en"))
    }

    /// Every finding message of every reader and validator is worded in both catalogues: a
    /// message whose Chinese is the English would mean a case was copied, not translated.
    @Test("each finding message differs between the two languages")
    func cataloguesDiffer() {
        let messages: [FindingMessage] = [
            .textAboveHeaderRow(text: "x"), .lossyEncoding, .pageWithoutText(page: 2), .strayLine(line: 1, text: "x", item: 3),
            .numberAfterNextInside(line: 1, item: 2), .numberSkippedAfter(line: 1, next: 5, item: 3),
            .preambleNotRead(line: 1, text: "x"), .textBetweenHeaderAndFirstRow(line: 1, text: "x"),
            .pageNumberLeftOut(line: 1, text: "3"), .textOutsideTable(line: 1, page: 1, text: "x"),
            .textAboveTableHeader(line: 1, page: 1, text: "x"), .footerLeftOut(line: 1, page: 1, pages: 3, text: "x"),
            .numberOutOfSequence(line: 1, page: 1, number: "7", after: 5, startsRow: true),
            .textBeforeFirstRow(line: 1, page: 1, text: "x"), .pageColumnCount(page: 1, columns: 4, headers: 5),
            .textInNoCell(page: 1, text: "x"), .columnMissing(key: "name", headers: ["a"]),
            .duplicateHeader(position: 2, header: "a", renamed: "b"), .textBeyondLastColumn(cells: 6, headers: 5, text: ["x"]),
            .numberInvalid(printed: "x", numbered: 3), .departmentTruncated(printed: "a", name: "b", heading: nil),
            .departmentAlias(printed: "a", name: "b", heading: "c"), .departmentUnknown(printed: "a", heading: nil),
            .numberingDuplicate(number: 3, after: 4), .numberingGap(from: 2, to: 4), .numberingOrder(number: 2, after: 3),
            .departmentMissingFromList(heading: "a", name: "b"), .cellEmpty(column: "a"),
            .mixedQuotes(straight: "\"", excerpt: "x"), .clauseRepeat(label: "2.", previous: "2.", heading: nil),
            .clauseSkip(label: "3.", previous: nil, heading: "a"), .textLost(characters: 2), .textInvented(characters: 2),
            .structureLossy(column: "a"),
        ]
        for message in messages {
            let zh = Language.chinese.text(message), en = Language.english.text(message)
            #expect(zh != en)
            #expect(Self.englishWords(zh).isEmpty, "English in \(zh)")
        }
    }
}

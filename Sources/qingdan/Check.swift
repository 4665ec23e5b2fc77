import ArgumentParser
import Foundation
import Qingdan

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Print the findings a clerk should look at.",
        discussion: """
        One finding per line: FILE:ITEM: SEVERITY CODE MESSAGE (ITEM is - for the list as a whole).
        Exit 1 when any finding is an error, 3 when an input cannot be read.

        Example:
          qingdan check kouquan-cooperative.pdf --min-severity warning
        """
    )

    @Argument(help: "Input files or directories.")
    var inputs: [String]

    @Option(help: "Show findings of this severity and above: info, warning, error.")
    var minSeverity: String = "info"

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @OptionGroup var lang: LanguageOption
    @OptionGroup var budget: ResourceBudget

    func validate() throws {
        guard Finding.Severity(rawValue: minSeverity) != nil else {
            throw ValidationError(Phrase.minSeverityChoices.local)
        }
    }

    func run() throws {
        let threshold = Finding.Severity(rawValue: minSeverity) ?? .info
        let reader = ListReader(options: ReadOptions(password: password))
        var unreadable = 0
        var counts: [Finding.Severity: Int] = [:]
        var files: [String] = []
        budget.applyToProcess()
        do {
            files = try InputFiles.expand(inputs)
        } catch {
            Stderr.print("qingdan: \(error)")
            throw ExitCode(3)
        }
        for file in files {
            do {
                budget.begin(file: file)
                let list = try reader.read(path: file)
                for finding in list.findings {
                    counts[finding.severity, default: 0] += 1
                    guard finding.severity >= threshold else { continue }
                    let item = finding.item.map(String.init) ?? "-"
                    print("\(file):\(item): \(finding.severity.rawValue) \(finding.code) \(finding.message(in: lang.language))")
                }
            } catch {
                Stderr.print(Stderr.isTerminal ? Stderr.error("qingdan: \(error)") : "qingdan: \(error)")
                unreadable += 1
            }
        }
        // The summary goes to stderr: stdout holds one finding per line for scripts.
        let summary = Phrase.checkSummary(files: files.count, errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0,
                                          infos: counts[.info] ?? 0, unreadable: unreadable).local
        // One input that could not be read: its one line (file and problem) is the whole story.
        if !(files.count == 1 && unreadable == 1) {
            Stderr.print((counts[.error] ?? 0) > 0 || unreadable > 0 ? Stderr.error(summary) : summary)
        }
        if unreadable > 0 { throw ExitCode(3) }
        if (counts[.error] ?? 0) > 0 { throw ExitCode(1) }
    }
}

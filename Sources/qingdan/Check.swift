import ArgumentParser
import Foundation
import Qingdan

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @OptionGroup var budget: ResourceBudget
    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard Finding.Severity(rawValue: minSeverity) != nil else {
            throw ValidationError(Phrase.minSeverityChoices.local)
        }
    }

    func run() throws {
        let threshold = Finding.Severity(rawValue: minSeverity) ?? .info
        let reader = ListReader(options: ReadOptions(password: password))
        var unreadable = false
        var errors = false
        budget.applyToProcess()
        for file in InputFiles.expand(inputs) {
            do {
                budget.begin(file: file)
                let list = try reader.read(path: file)
                for finding in list.findings {
                    if finding.severity == .error { errors = true }
                    guard finding.severity >= threshold else { continue }
                    let item = finding.item.map(String.init) ?? "-"
                    print("\(file):\(item): \(finding.severity.rawValue) \(finding.code) \(finding.message(in: lang.language))")
                }
            } catch {
                Stderr.print("qingdan: \(error)")
                unreadable = true
            }
        }
        if unreadable { throw ExitCode(3) }
        if errors { throw ExitCode(1) }
    }
}

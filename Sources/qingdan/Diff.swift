import ArgumentParser
import Foundation
import Qingdan

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two editions of a list, item by item and clause by clause.",
        discussion: """
        Items are matched by content, not by 序号: equal names first, then similar names with \
        similar departments and duties (a rename is reported as a rename). Reports removed, added \
        and modified items (name, category, departments, and added / removed / reworded clauses with \
        character diffs); items whose only change is their number are counted as renumbered.

        Inputs are any form qingdan reads (PDF, text, HTML, DOCX) or the canonical JSON that \
        `qingdan convert` writes (a .json file).

        Exit status: 0 the editions are the same, 1 they differ, 2 usage error, \
        3 an input cannot be read or an output cannot be written.

        Example:
          qingdan diff list-2024.pdf list-2025.pdf --format html -o changes.html
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json, html
    }

    @Argument(help: ArgumentHelp("The older edition.", valueName: "OLD"))
    var old: String

    @Argument(help: ArgumentHelp("The newer edition.", valueName: "NEW"))
    var new: String

    @Option(help: "Report format: md, json or html.")
    var format: Format = .md

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to FILE (atomically) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @OptionGroup var lang: LanguageOption
    @OptionGroup var budget: ResourceBudget

    func run() throws {
        budget.applyToProcess()
        let reader = EditionReader(options: ReadOptions(password: password))
        let editions: (old: DutyList, new: DutyList)
        do {
            budget.begin(file: old)
            let older = try reader.read(path: old)
            budget.begin(file: new)
            editions = (older, try reader.read(path: new))
        } catch {
            Stderr.print("qingdan: \(error)")
            throw ExitCode(3)
        }
        let diff = ListDiffer().diff(editions.old, editions.new)
        let report: String
        switch format {
        case .md: report = DiffMarkdownWriter(language: lang.language).render(diff)
        case .json: report = DiffJSONWriter().render(diff)
        case .html: report = DiffHTMLWriter(language: lang.language).render(diff)
        }
        if let output {
            do {
                try OutputFolder.create(for: output)
                try AtomicFile.write(report, to: output)
            } catch {
                Stderr.print("qingdan: \(error)")
                throw ExitCode(3)
            }
        } else {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
        throw diff.isEmpty ? ExitCode.success : ExitCode(1)
    }
}

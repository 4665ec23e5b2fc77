import ArgumentParser
import Foundation
import Qingdan
import QingdanDataset

struct DatasetBuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Add lists (any input form, or their canonical JSON) to a dataset.",
        discussion: """
        Each list is added in one transaction. A file already in the dataset (same sha256) changes nothing; another form of an edition already there (the DOCX of a PDF) is recorded as a source of it. Lists of the same region and kind are editions of one list, ordered by --edition or by a year in the title or file name. A failing file is reported and the others are added (exit 3 at the end).
        """
    )

    @Argument(help: "Input files or directories (PDF, text, HTML, DOCX, canonical JSON).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The dataset file (created if missing).")
    var output: String

    @Option(help: "Edition label for every input (default: a year in the title or file name).")
    var edition: String?

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @Option(help: "Files converted at once (default: all cores); one process writes the dataset.")
    var jobs: Int?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// What a child conversion must be told to read and word its list as this process would:
    /// the findings it writes into its JSON are in the `--lang` language.
    var childOptions: [String] {
        ["--lang", language.language.rawValue] + (password.map { ["--password", $0] } ?? [])
    }

    func run() throws {
        let files: [String]
        do {
            files = try InputFiles.expand(inputs, extensions: InputFiles.datasetExtensions)
        } catch {
            Stderr.print("qingdan: \(error)")
            throw ExitCode(3)
        }
        let dataset: Dataset
        do {
            dataset = try Dataset(path: output, create: true, language: language.language)
        } catch {
            Stderr.print("qingdan: \(error)")
            throw ExitCode(3)
        }
        let jobs = min(self.jobs ?? ProcessInfo.processInfo.activeProcessorCount, files.count)
        let builder = DatasetBuilder(dataset: dataset, files: files, edition: edition,
                                     reader: ListReader(options: ReadOptions(password: password)),
                                     child: jobs > 1 ? childOptions : nil)
        let failures = BatchRunner(count: files.count, jobs: max(1, jobs), progress: Stderr.isTerminal && files.count > 1)
            .run { index in try builder.build(index); return nil }
        builder.cleanUp()
        let all = failures + builder.addFailures.sorted { $0.index < $1.index }.map(\.message)
        for failure in all { Stderr.print("qingdan: \(failure)") }
        Stderr.print(builder.tally.line(failed: all.count, language.language))
        if !all.isEmpty { throw ExitCode(3) }
    }
}

import ArgumentParser
import Dispatch
import Foundation
import Qingdan

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert lists to JSON, CSV and Markdown.",
        discussion: """
        For each input writes DIR/STEM.json (canonical), STEM.csv (one row per item), STEM.clauses.csv (one row per clause) and STEM.md; STEM.xlsx with --format xlsx. A directory input converts every list file inside it. Files are converted in parallel; one bad file does not stop the others (exit 3 at the end). With one input, one format and no -o, the output goes to standard output.

        Examples:
          qingdan convert kouquan-cooperative.pdf -o out
          qingdan convert lists/ -o out --format json,csv --jobs 4
          qingdan convert kouquan-cooperative.txt --format md > list.md
        """
    )

    @Argument(help: "Input files or directories (PDF, text, HTML, DOCX).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output directory (created if missing).")
    var output: String?

    @Option(help: "Comma-separated formats: json, csv, md, xlsx.")
    var format: String = "json,csv,md"

    @Flag(help: "Write CSV without the UTF-8 byte order mark (Excel and WPS need it for Chinese).")
    var noBom = false

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @Option(help: "Files converted at once (default: all cores).")
    var jobs: Int?

    /// The name the list's `source.file` gives instead of the input's own: the web app converts an
    /// upload stored under a name it chose, and the clerk's file name is only ever this argument.
    @Option(help: .hidden)
    var sourceName: String?

    @OptionGroup var lang: LanguageOption

    /// Set by a batch for the child converting one file: the name its outputs take.
    @Option(help: .hidden)
    var stem: String?

    /// Set by a batch on a terminal: the child prints its file's line for the parent to show.
    @Flag(help: .hidden)
    var reportLine = false

    @OptionGroup var budget: ResourceBudget

    func validate() throws {
        _ = try OutputFormat.list(format)
        if let jobs, jobs < 1 { throw ValidationError(Phrase.jobsAtLeastOne.local) }
        if sourceName != nil, inputs.count != 1 || InputFiles.isDirectory(inputs[0]) {
            throw ValidationError("--source-name names one input")
        }
        if output == nil {
            let formats = try OutputFormat.list(format)
            guard inputs.count == 1, formats.count == 1, !InputFiles.isDirectory(inputs[0]) else {
                throw ValidationError(Phrase.needOutputDirectory.local)
            }
        }
    }

    func run() throws {
        let formats = try OutputFormat.list(format)
        let files: [String]
        do {
            files = try InputFiles.expand(inputs)
        } catch {
            Stderr.print("qingdan: \(error)")
            throw ExitCode(3)
        }
        let reader = ListReader(options: ReadOptions(password: password))
        let renderer = OutputRenderer(byteOrderMark: !noBom, language: lang.language)
        budget.applyToProcess()

        guard let output else {
            // validate() guarantees one input and one format here.
            if formats == [.xlsx], isatty(1) != 0 {
                Stderr.print("qingdan: " + Phrase.binaryToTerminal(format: "xlsx").local)
                throw ExitCode(2)
            }
            do {
                budget.begin(file: files[0])
                let list = try Self.read(files[0], with: reader, sourceName: sourceName)
                for file in try renderer.files(for: list, formats: formats, stem: InputFiles.stem(files[0]), standardOutput: true) {
                    FileHandle.standardOutput.write(file.data)
                }
            } catch {
                Stderr.print("qingdan: \(error)")
                throw ExitCode(3)
            }
            return
        }

        let names = OutputNames(files: files, formats: formats)
        let stems = stem.map { [$0] } ?? names.stems
        for (file, stem) in names.renamed where self.stem == nil { Stderr.print("qingdan: " + Phrase.outputsRenamed(file: file, stem: stem).local) }
        if let reason = SystemError.makeDirectory(output) {
            Stderr.print("qingdan: \(QingdanError(.unreadable, file: output, .cannotCreateDirectory(reason: reason)))")
            throw ExitCode(3)
        }

        let sourceName = self.sourceName
        // One file converts here; a batch converts each file in a child process (see ChildConversion).
        let interactive = Stderr.isTerminal
        let child = ChildConversion(options: ["-o", output, "--format", format, "--lang", lang.language.rawValue]
                                        + (noBom ? ["--no-bom"] : []) + (interactive ? ["--report-line"] : [])
                                        + (password.map { ["--password", $0] } ?? []) + budget.childOptions)
        var runner = BatchRunner(count: files.count, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                 progress: interactive && files.count > 1)
        runner.name = { (files[$0] as NSString).lastPathComponent }
        let failures = runner.run { index in
            let file = files[index]
            guard files.count == 1 else { return try child.run(file, stem: stems[index]) }
            budget.begin(file: file)
            let list = try Self.read(file, with: reader, sourceName: sourceName)
            let written = renderer.outputs(for: list, formats: formats, stem: stems[index])
            // All of a file's outputs or none: on a full disk the .md must not land without the .json.
            // Each is written into its temporary in pieces, so that a long list is never held whole.
            try AtomicFile.write(written.map { out in ((output as NSString).appendingPathComponent(out.name), out.write) })
            let line = Stderr.converted(file, list: list, directory: output, names: written.map(\.name), stem: stems[index])
            // A batch's child reports through the parent, which reads only lines of its own.
            if reportLine { Stderr.print("qingdan: " + line) } else if interactive { Stderr.print(Stderr.fileLine(line)) }
            return nil
        }
        for failure in failures { Stderr.print(interactive ? Stderr.error("qingdan: \(failure)") : "qingdan: \(failure)") }
        if files.count > 1 {
            Stderr.print(Phrase.converted(done: files.count - failures.count, total: files.count, failed: failures.count).local)
        }
        if !failures.isEmpty { throw ExitCode(3) }
    }

    private static func read(_ file: String, with reader: ListReader, sourceName: String?) throws(QingdanError) -> DutyList {
        var list = try reader.read(path: file)
        if let sourceName { list.source.file = sourceName }
        return list
    }
}

import ArgumentParser
import Dispatch
import Foundation
import Qingdan

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @OptionGroup var budget: ResourceBudget
    @OptionGroup var lang: LanguageOption

    func validate() throws {
        _ = try OutputFormat.list(format)
        if let jobs, jobs < 1 { throw ValidationError(Phrase.jobsAtLeastOne.local) }
        if output == nil {
            let formats = try OutputFormat.list(format)
            guard InputFiles.expand(inputs).count == 1, formats.count == 1 else {
                throw ValidationError(Phrase.needOutputDirectory.local)
            }
        }
    }

    func run() throws {
        let formats = try OutputFormat.list(format)
        let files = InputFiles.expand(inputs)
        let reader = ListReader(options: ReadOptions(password: password))
        let renderer = OutputRenderer(byteOrderMark: !noBom, language: lang.language)
        budget.applyToProcess()

        guard let output else {
            // validate() guarantees one input and one format here.
            do {
                budget.begin(file: files[0])
                let list = try reader.read(path: files[0])
                for file in try renderer.files(for: list, formats: formats, stem: "-") {
                    FileHandle.standardOutput.write(file.data)
                }
            } catch {
                Stderr.print("qingdan: \(error)")
                throw ExitCode(3)
            }
            return
        }

        var seen: [String: String] = [:]
        for file in files {
            let stem = InputFiles.stem(file)
            if let other = seen[stem] {
                throw ValidationError("\(other) and \(file) would both write \(stem).*; convert them into different directories")
            }
            seen[stem] = file
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            Stderr.print("qingdan: " + Language.environment.text(.problem(file: output, location: nil,
                message: Language.environment.text(.cannotCreateDirectory(reason: SystemError.reason(of: error) ?? "\(error)")))))
            throw ExitCode(3)
        }

        // One file converts here; a batch converts each file in a child process (see ChildConversion).
        let child = ChildConversion(options: ["-o", output, "--format", format, "--lang", lang.language.rawValue] + (noBom ? ["--no-bom"] : [])
                                        + (password.map { ["--password", $0] } ?? []) + budget.childOptions)
        let failures = BatchRunner(count: files.count, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                   progress: Stderr.isTerminal && files.count > 1).run { index in
            let file = files[index]
            guard files.count == 1 else { return try child.run(file) }
            budget.begin(file: file)
            let list = try reader.read(path: file)
            // All of a file's outputs or none: on a full disk the .md must not land without the .json.
            try AtomicFile.write(try renderer.files(for: list, formats: formats, stem: InputFiles.stem(file)).map { out in
                (out.data, (output as NSString).appendingPathComponent(out.name))
            })
        }
        for failure in failures { Stderr.print("qingdan: \(failure)") }
        if files.count > 1 {
            Stderr.print(Phrase.converted(done: files.count - failures.count, total: files.count, failed: failures.count).local)
        }
        if !failures.isEmpty { throw ExitCode(3) }
    }
}

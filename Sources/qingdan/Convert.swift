import ArgumentParser
import Foundation
import Qingdan

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert lists to JSON, CSV and Markdown.",
        discussion: """
        Writes DIR/STEM.json, STEM.csv, STEM.clauses.csv and STEM.md for each input.
        With one input, one format and no -o, writes that format to standard output.

        Example:
          qingdan convert kouquan-cooperative.pdf -o out --format json,csv
        """
    )

    @Argument(help: "Input files (PDF, text, HTML, DOCX).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output directory.")
    var output: String?

    @Option(help: "Comma-separated formats: json, csv, md.")
    var format: String = "json,csv,md"

    @Option(help: "Password for an encrypted PDF.")
    var password: String?

    func run() throws {
        let reader = ListReader(options: ReadOptions(password: password))
        for input in inputs {
            do {
                let list = try reader.read(path: input)
                print(JSONWriter().render(list), terminator: "")
            } catch {
                FileHandle.standardError.write(Data("qingdan: \(error)\n".utf8))
                throw ExitCode(3)
            }
        }
    }
}

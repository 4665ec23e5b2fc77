import ArgumentParser
import Foundation
import Qingdan

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the table qingdan finds on one PDF page into a PNG.",
        discussion: """
        Renders the page with the ruling lines found (red), the cells (blue; header cells green) \
        and the table row each printed row belongs to (r1, r2, …) drawn over it.

        Example:
          qingdan inspect Samples/kouquan-cooperative.pdf --page 2 -o page2.png
        """
    )

    @Argument(help: "The PDF to inspect.")
    var input: String

    @Option(help: "1-based page number.")
    var page: Int = 1

    @Option(name: .shortAndLong, help: "PNG file to write.")
    var output: String

    @Option(help: "Password for an encrypted PDF.")
    var password: String?

    @OptionGroup var budget: ResourceBudget

    func run() throws {
        budget.applyToProcess()
        budget.begin(file: input)
        do {
            try OutputFolder.create(for: output)
            try PageInspector(password: password).writePNG(input: input, page: page, output: output)
        } catch {
            Stderr.print("qingdan: \(error)")
            throw ExitCode(3)
        }
    }
}

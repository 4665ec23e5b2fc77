import ArgumentParser
import Foundation
import Qingdan

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Draw the table qingdan finds on one PDF page into a PNG.",
        discussion: """
        Renders the page with the ruling lines found (red), the cells (blue; header cells green) \
        and the table row each printed row belongs to (r1, r2, …) drawn over it.

        With --all-pages, -o names a directory and every page is drawn into DIR/page-N.png
        (the PDF is read once).

        Examples:
          qingdan inspect Samples/kouquan-cooperative.pdf --page 2 -o page2.png
          qingdan inspect Samples/kouquan-cooperative.pdf --all-pages -o pages/
        """
    )

    @Argument(help: "The PDF to inspect.")
    var input: String

    @Option(help: "1-based page number.")
    var page: Int = 1

    @Flag(help: "Draw every page; -o is then a directory (created if missing).")
    var allPages = false

    @Option(name: .shortAndLong, help: "PNG file to write (a directory with --all-pages).")
    var output: String

    @Option(help: "Password for an encrypted PDF.")
    var password: String?

    @OptionGroup var budget: ResourceBudget

    func run() throws {
        budget.applyToProcess()
        budget.begin(file: input)
        do {
            if allPages, !InputFiles.isDirectory(output), let reason = SystemError.makeDirectory(output) {
                throw QingdanError(.unreadable, file: output, .cannotCreateDirectory(reason: reason))
            }
            try OutputFolder.create(for: output)
            let inspector = PageInspector(password: password)
            if allPages {
                _ = try inspector.writeAllPNGs(input: input, directory: output)
            } else {
                try inspector.writePNG(input: input, page: page, output: output)
            }
        } catch {
            Stderr.print("qingdan: \(error)")
            throw ExitCode(3)
        }
    }
}

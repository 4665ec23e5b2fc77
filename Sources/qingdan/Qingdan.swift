import ArgumentParser
import Foundation
import Qingdan

@main
struct QingdanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qingdan",
        abstract: "Turn published township duty lists (乡镇履行职责事项清单) into a canonical dataset.",
        discussion: """
        Reads a list as PDF, exported text, HTML or DOCX and writes JSON (canonical), CSV and Markdown.

        Exit codes: 0 success, 1 findings with errors (check) or editions differ (diff),
        2 usage error, 3 unreadable or unsupported input.

        Example:
          qingdan convert Samples/kouquan-cooperative.pdf -o Output
        """,
        version: "0.1.0",
        subcommands: [Convert.self, Check.self, Diff.self, Inspect.self, DatasetCommand.self]
    )

    /// ArgumentParser reports usage errors as EX_USAGE (64); our contract says 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // The argument parser prints to descriptor 2 itself.
            LibraryMessages.restore()
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

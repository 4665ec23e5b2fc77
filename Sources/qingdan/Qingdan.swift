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

        Example:
          qingdan convert Samples/kouquan-cooperative.pdf -o Output
        """,
        subcommands: [Convert.self, Check.self, Diff.self, Inspect.self]
    )

    /// As ArgumentParser's, except that usage errors exit 2 (as diff(1) and most tools do)
    /// instead of 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

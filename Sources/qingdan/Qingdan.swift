import ArgumentParser
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
}

import Foundation
import Qingdan

/// Messages for the person at the terminal; stdout is kept for data. They go to the original
/// stderr even after `LibraryMessages.route()` has sent the C libraries' output elsewhere.
enum Stderr {
    static func print(_ line: String) {
        LibraryMessages.write(line + "\n")
    }

    /// Text without a line end (the progress bar).
    static func write(_ text: String) {
        LibraryMessages.write(text)
    }

    /// Terminal-style feedback (a line per converted file, batch progress): stderr is a terminal,
    /// or `QINGDAN_TERMINAL=1` asks for it (tests, logs of a CI run).
    static var isTerminal: Bool {
        ProcessInfo.processInfo.environment["QINGDAN_TERMINAL"] == "1" || isatty(LibraryMessages.descriptor) != 0
    }

    /// ANSI colour only on a real terminal, and not when `NO_COLOR` is set (no-color.org).
    static var usesColour: Bool { isatty(LibraryMessages.descriptor) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    /// An error line that stands out: bold red on a colour terminal.
    static func error(_ line: String) -> String {
        usesColour ? "\u{1B}[1;31m\(line)\u{1B}[0m" : line
    }

    /// A file's line: red when it has errors.
    static func fileLine(_ line: String) -> String {
        line.hasPrefix("✘") ? error(line) : line
    }

    /// "✔ a.pdf：100 项；错误 0、警告 2、提示 8 → out/a.{json,csv,clauses.csv,md}".
    static func converted(_ file: String, list: DutyList, directory: String, names: [String], stem: String) -> String {
        let count = { (severity: Finding.Severity) in list.findings.filter { $0.severity == severity }.count }
        let suffixes = names.map { String($0.dropFirst(stem.count + 1)) }
        let base = (directory as NSString).appendingPathComponent(stem)
        let outputs = suffixes.count == 1 ? "\(base).\(suffixes[0])" : "\(base).{\(suffixes.joined(separator: ","))}"
        return Phrase.fileConverted(file: file, items: list.items.count, errors: count(.error), warnings: count(.warning),
                                    infos: count(.info), outputs: outputs).local
    }
}

/// The folder an output file goes into, created when missing (`diff -o a/b.html`, `inspect -o`).
enum OutputFolder {
    static func create(for file: String) throws(QingdanError) {
        let folder = (file as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !InputFiles.isDirectory(folder) else { return }
        if let reason = SystemError.makeDirectory(folder) {
            throw QingdanError(.unreadable, file: folder, .cannotCreateDirectory(reason: reason))
        }
    }
}

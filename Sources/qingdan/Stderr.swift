import Foundation

/// Messages for the person at the terminal; stdout is kept for data.
enum Stderr {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var isTerminal: Bool { isatty(2) != 0 }
}

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

    static var isTerminal: Bool { isatty(LibraryMessages.descriptor) != 0 }
}

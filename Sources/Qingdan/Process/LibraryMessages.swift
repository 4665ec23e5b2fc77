import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps what C libraries print off the clerk's terminal. poppler prints its own complaints
/// ("Syntax Error: …", font warnings — up to 10,000 lines for one damaged PDF) to stderr even
/// when the conversion succeeds, and libstdc++ prints before aborting. Once `route` has run,
/// file descriptor 2 goes to a debug log (`QINGDAN_DEBUG_LOG=FILE`) or nowhere, and qingdan's own
/// messages go to the original stderr through `descriptor`.
public enum LibraryMessages {
    /// Where qingdan's own lines go: the original stderr (2 until `route` runs).
    nonisolated(unsafe) public private(set) static var descriptor: Int32 = 2

    /// The environment variable naming the debug log that receives the libraries' messages.
    public static let logVariable = "QINGDAN_DEBUG_LOG"

    /// Sends descriptor 2 to the debug log (or /dev/null); call once, before any library work.
    public static func route() {
        guard descriptor == 2 else { return }
        let saved = fcntl(2, F_DUPFD_CLOEXEC, 3)
        guard saved >= 0 else { return }
        let log = ProcessInfo.processInfo.environment[logVariable].flatMap { path -> Int32? in
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            return fd >= 0 ? fd : nil
        } ?? open("/dev/null", O_WRONLY | O_CLOEXEC)
        guard log >= 0, dup2(log, 2) >= 0 else { close(saved); return }
        close(log)
        descriptor = saved
    }

    /// Points descriptor 2 back at the original stderr (before the argument parser prints).
    public static func restore() {
        guard descriptor != 2 else { return }
        dup2(descriptor, 2)
        close(descriptor)
        descriptor = 2
    }

    /// Writes `text` to qingdan's own stderr.
    public static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }
}

import Foundation
import Qingdan
#if canImport(Glibc)
import Glibc
#endif

/// Converts one file of a batch in a child `qingdan convert` process. Two reasons: poppler work is
/// serialised inside a process (`PopplerLock`), so only separate processes let PDFs use all cores;
/// and a damaged file that crashes a C library ends its own process, not the whole batch.
///
/// The child applies the document budget it is given (`ResourceBudget`, passed in `options`) to
/// itself at start; `qingdan serve` converts uploads through this same type.
///
/// Spawned with posix_spawn and reaped with waitpid: Foundation's `Process` took a third of a
/// second per child to notice the exit, as long as converting a PDF.
struct ChildConversion: Sendable {
    /// Options after `convert FILE`: the output directory, formats and the rest.
    var options: [String]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the child for `file`; throws the one-line message it printed (without `qingdan: `).
    func run(_ file: String) throws(Failure) {
        // `--` ends the options: a file named `-h.txt` or `--help.txt` is a file, not an option.
        guard let (pid, errors) = Self.spawn([Self.executable, "convert"] + options + ["--", file]) else {
            throw Failure(description: Phrase.cannotStart(file: file).local)
        }
        let slot = Interruption.remember(child: pid)
        defer { Interruption.forget(child: slot) }
        let message = Self.readBounded(errors)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        let lines = Self.ownLines(message)
        if signal != 0 {
            // SIGKILL: the hard CPU limit or the kernel's out-of-memory killer.
            throw Failure(description: lines.first ?? Phrase.crashed(file: file, signal: signal).local)
        }
        let exitCode = (status >> 8) & 0xFF
        guard exitCode == 0 else {
            throw Failure(description: lines.isEmpty ? Phrase.failed(file: file, exitCode: exitCode).local : lines.joined(separator: "; "))
        }
    }

    /// The child's own messages (`qingdan: …`, prefix dropped), each cut to a readable length;
    /// lines a C library printed are left out (a damaged PDF can make poppler print thousands),
    /// so the failure stays one line with the file name first.
    static func ownLines(_ message: String) -> [String] {
        let lines = message.split(separator: "\n")
        let own = lines.filter { $0.hasPrefix("qingdan: ") }.map { $0.dropFirst(9) }
        let chosen = own.isEmpty ? Array(lines.prefix(1)) : Array(own.prefix(3))
        return chosen.map { line in
            line.count > longestLine ? String(line.prefix(longestLine)) + "…" : String(line)
        }
    }

    /// Longest message line kept from a child.
    static let longestLine = 400
    /// Bytes of a child's stderr kept; the rest is read and dropped.
    static let largestStderr = 64 << 10

    /// Reads `descriptor` to its end, keeping the first `largestStderr` bytes.
    private static func readBounded(_ descriptor: Int32) -> String {
        defer { close(descriptor) }
        var kept: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            if kept.count < largestStderr { kept += buffer[0..<min(count, largestStderr - kept.count)] }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static let spawnLock = NSLock()

    /// Starts `arguments` with stdin and stdout on /dev/null and stderr into a pipe; returns the
    /// child and the pipe's read end. Under a lock: a child spawned by another worker between
    /// `pipe` and `fcntl` would inherit this pipe and keep it open (its reader would wait for that
    /// child too, and the batch would run one file at a time). `pipe2` is not in Glibc's module.
    private static func spawn(_ arguments: [String]) -> (pid: pid_t, errors: Int32)? {
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        // A worker thread of Dispatch blocks most signals, and a spawned child inherits the mask:
        // children started blocked ignored Ctrl-C and kept writing after the batch was stopped.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
        close(fds[1])
        guard spawned == 0 else {
            close(fds[0])
            return nil
        }
        return (pid, fds[0])
    }

    /// This program's own binary.
    private static let executable: String = {
        let linux = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: linux.path) { return linux.resolvingSymlinksInPath().path }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }()
}

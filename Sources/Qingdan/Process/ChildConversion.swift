import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts one file in a child `qingdan` process — the one mechanism the batch mode (`convert` of
/// many files) and the web app (`qingdan serve`) share. Two reasons: poppler work is serialised
/// inside a process (`PopplerLock`), so only separate processes let PDFs use all cores; and a
/// damaged file that crashes a C library ends its own process, not the whole batch or the server.
///
/// The child applies the document budget it is given (the CLI's `ResourceBudget`, passed in
/// `options` or through `limits`) to itself at start; the parent adds a wall-clock limit.
///
/// Spawned with posix_spawn and reaped with waitpid: Foundation's `Process` took a third of a
/// second per child to notice the exit, as long as converting a PDF.
public struct ChildConversion: Sendable {
    /// The subcommand the child runs on the file: `convert` (or `inspect`).
    public var subcommand: String
    /// Options after the subcommand: the output directory, formats and the rest.
    public var options: [String]
    /// The `qingdan` binary to start; this program's own binary by default.
    public var executable: String
    public var limits: ChildLimits

    public init(subcommand: String = "convert", options: [String], executable: String? = nil,
                limits: ChildLimits = ChildLimits()) {
        self.subcommand = subcommand
        self.options = options
        self.executable = executable ?? Self.ownExecutable
        self.limits = limits
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public enum Kind: Sendable, Equatable {
            /// The child said the input cannot be read (its one-line message is the description).
            case unreadable
            /// The child crashed, was killed, or stopped itself on its CPU or memory budget.
            case stopped
            /// Ran past `ChildLimits.seconds` of wall-clock time and was killed by the parent.
            case timedOut
            /// The child could not be started.
            case cannotStart
        }

        public var kind: Kind
        public var description: String
    }

    /// Runs the child for `file`, its outputs named `stem` when given; returns its own last line on
    /// success (for the terminal), throws the one-line message it printed (without `qingdan: `).
    @discardableResult
    public func run(_ file: String, stem: String? = nil) throws(Failure) -> String? {
        // `--` ends the options: a file named `-h.txt` or `--help.txt` is a file, not an option.
        // `--stem=…` in one word: a stem such as `-h` would otherwise read as an option.
        let naming = stem.map { ["--stem=\($0)"] } ?? []
        let arguments = [executable, subcommand] + naming + options + limits.childOptions + ["--", file]
        guard let ((pid, errors), slot) = Interruption.launch({ Self.spawn(arguments) }, pid: \.pid) else {
            throw Failure(kind: .cannotStart, description: Language.environment.text(.cannotStart(file: file)))
        }
        defer { Interruption.forget(child: slot) }
        let watchdog = Watchdog(pid: pid)
        if let seconds = limits.seconds { watchdog.arm(after: seconds) }
        let message = Self.readBounded(errors)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        if watchdog.disarm() {
            throw Failure(kind: .timedOut, description: "\(file): stopped: took longer than \(limits.seconds ?? 0) s")
        }
        let signal = status & 0x7F
        let lines = Self.ownLines(message)
        if signal != 0 {
            // SIGKILL: the hard CPU limit or the kernel's out-of-memory killer.
            throw Failure(kind: .stopped, description: lines.first ?? Language.environment.text(.crashed(file: file, signal: signal)))
        }
        let exitCode = (status >> 8) & 0xFF
        guard exitCode == 0 else {
            // The child's budget and crash handlers (the CLI's ResourceBudget) say "FILE: stopped: …".
            let stopped = lines.contains { $0.contains(": stopped: ") }
            throw Failure(kind: stopped ? .stopped : .unreadable,
                          description: lines.isEmpty ? Language.environment.text(.failed(file: file, exitCode: exitCode)) : lines.joined(separator: "; "))
        }
        return lines.last
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

    /// Kills the child when it runs too long; the lock makes sure a reaped pid (which the system
    /// may give to another process) is never signalled.
    private final class Watchdog: @unchecked Sendable {
        private let condition = NSCondition()
        private let pid: pid_t
        private var reaped = false
        private var fired = false

        init(pid: pid_t) { self.pid = pid }

        /// Waits on a thread of its own, not a pool's: when every worker of a pool is blocked in
        /// `waitpid` (a server with all its slots on hung files), a timer queued on that pool
        /// would wait for a free worker and never fire.
        func arm(after seconds: Double) {
            let deadline = Date(timeIntervalSinceNow: seconds)
            let thread = Thread { [self] in
                condition.lock(); defer { condition.unlock() }
                while !reaped, condition.wait(until: deadline) {}
                guard !reaped else { return }
                fired = true
                kill(pid, SIGKILL)
            }
            thread.start()
        }

        /// Marks the child reaped; returns whether the watchdog killed it.
        func disarm() -> Bool {
            condition.lock(); defer { condition.unlock() }
            reaped = true
            condition.signal()
            return fired
        }
    }

    /// Starts `arguments` with stdin and stdout on /dev/null and stderr into a pipe; returns the
    /// child and the pipe's read end. The pipe is close-on-exec from its creation (`pipe2`): a
    /// child that any thread of this process started between `pipe` and a later `fcntl` would
    /// inherit it and keep it open, and the reader would wait for that child too (the batch ran
    /// one file at a time; a hung request's error came only when an unrelated child ended).
    private static func spawn(_ arguments: [String]) -> (pid: pid_t, errors: Int32)? {
        var fds: [Int32] = [0, 0]
        guard systemPipe2(&fds, O_CLOEXEC) == 0 else { return nil }
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
    public static let ownExecutable: String = {
        let linux = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: linux.path) { return linux.resolvingSymlinksInPath().path }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }()
}

/// `pipe2(2)`, which Glibc's Swift module does not export.
@_silgen_name("pipe2")
private func systemPipe2(_ descriptors: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32

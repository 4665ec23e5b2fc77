import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts one file in a child `qingdan` process — the one mechanism the batch mode (`convert` of
/// many files) and the web app (`serve`) share. Two reasons: poppler work is serialised inside a
/// process (`PopplerLock`), so only separate processes let PDFs use all cores; and a damaged file
/// that crashes a C library ends its own process, not the whole batch or the server.
///
/// Spawned with posix_spawn and reaped with waitpid: Foundation's `Process` took a third of a
/// second per child to notice the exit, as long as converting a PDF.
public struct ChildConversion: Sendable {
    /// The subcommand the child runs on the file: `convert` (or `inspect`).
    public var subcommand: String
    /// Options after `SUBCOMMAND FILE`: the output directory, formats and the rest.
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
            /// Killed by a signal it did not ask for: a crash in the converter or a C library.
            case crashed(signal: Int32)
            /// Ran past `ChildLimits.seconds` and was killed.
            case timedOut
            /// The child could not be started.
            case cannotStart
        }

        public var kind: Kind
        public var description: String
    }

    /// Runs the child for `file`; throws the one-line message it printed (without `qingdan: `).
    public func run(_ file: String) throws(Failure) {
        var environment = ProcessInfo.processInfo.environment
        limits.apply(to: &environment)
        guard let (pid, errors) = Self.spawn([executable, subcommand, file] + options, environment: environment) else {
            throw Failure(kind: .cannotStart, description: "\(file): cannot start qingdan for this file")
        }
        let watchdog = Watchdog(pid: pid)
        if let seconds = limits.seconds { watchdog.arm(after: seconds) }
        let message = String(decoding: FileHandle(fileDescriptor: errors, closeOnDealloc: true).readDataToEndOfFile(),
                             as: UTF8.self)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let timedOut = watchdog.disarm()
        let signal = status & 0x7F
        if timedOut {
            throw Failure(kind: .timedOut, description: "\(file): conversion took longer than \(limits.seconds ?? 0) s and was stopped")
        }
        if signal != 0 {
            throw Failure(kind: .crashed(signal: signal), description: "\(file): qingdan crashed on this file (signal \(signal))")
        }
        let exitCode = (status >> 8) & 0xFF
        guard exitCode == 0 else {
            let lines = message.split(separator: "\n").map { $0.hasPrefix("qingdan: ") ? $0.dropFirst(9) : $0 }
            throw Failure(kind: .unreadable,
                          description: lines.isEmpty ? "\(file): failed (exit \(exitCode))" : lines.joined(separator: "; "))
        }
    }

    /// Kills the child when it runs too long; the lock makes sure a reaped pid (which the system
    /// may reuse) is never signalled.
    private final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private let pid: pid_t
        private var reaped = false
        private var fired = false

        init(pid: pid_t) { self.pid = pid }

        func arm(after seconds: Double) {
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                lock.lock(); defer { lock.unlock() }
                guard !reaped else { return }
                fired = true
                kill(pid, SIGKILL)
            }
        }

        /// Marks the child reaped; returns whether the watchdog killed it.
        func disarm() -> Bool {
            lock.lock(); defer { lock.unlock() }
            reaped = true
            return fired
        }
    }

    private static let spawnLock = NSLock()

    /// Starts `arguments` with stdin and stdout on /dev/null and stderr into a pipe; returns the
    /// child and the pipe's read end. Under a lock: a child spawned by another worker between
    /// `pipe` and `fcntl` would inherit this pipe and keep it open (its reader would wait for that
    /// child too, and the batch would run one file at a time). `pipe2` is not in Glibc's module.
    private static func spawn(_ arguments: [String], environment: [String: String]) -> (pid: pid_t, errors: Int32)? {
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
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp)
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

import Foundation
import Qingdan
#if canImport(Glibc)
import Glibc
#endif

/// Converts one file of a batch in a child `qingdan convert` process. Two reasons: poppler work is
/// serialised inside a process (`PopplerLock`), so only separate processes let PDFs use all cores;
/// and a damaged file that crashes a C library ends its own process, not the whole batch.
///
/// Spawned with posix_spawn and reaped with waitpid: Foundation's `Process` took a third of a
/// second per child to notice the exit, as long as converting a PDF.
struct ChildConversion: Sendable {
    /// Options after `convert FILE`: the output directory, formats and the rest.
    var options: [String]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the child for `file`, its outputs named `stem`; returns what it printed on success
    /// (its line for the terminal), throws the one-line message it printed (without `qingdan: `).
    func run(_ file: String, stem: String) throws(Failure) -> String? {
        guard let (pid, errors) = Self.spawn([Self.executable, "convert", file, "--stem", stem] + options) else {
            throw Failure(description: Phrase.cannotStart(file: file).local)
        }
        let message = String(decoding: FileHandle(fileDescriptor: errors, closeOnDealloc: true).readDataToEndOfFile(),
                             as: UTF8.self)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        if signal != 0 {
            throw Failure(description: Phrase.crashed(file: file, signal: signal).local)
        }
        let exitCode = (status >> 8) & 0xFF
        guard exitCode == 0 else {
            let lines = message.split(separator: "\n").map { $0.hasPrefix("qingdan: ") ? $0.dropFirst(9) : $0 }
            throw Failure(description: lines.isEmpty ? Phrase.failed(file: file, exitCode: exitCode).local : lines.joined(separator: "; "))
        }
        let line = message.trimmingCharacters(in: .newlines)
        return line.isEmpty ? nil : line
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
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
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

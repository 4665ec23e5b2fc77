import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the `qingdan` binary in its own process group with stdout and stderr going to files (no
/// pipe to fill up), ended after `timeout` seconds; reports its peak resident memory (`wait4`'s
/// `ru_maxrss`, the child's own high-water mark).
struct Spawned {
    var status: Int32
    /// The signal that ended it, 0 when it exited.
    var signal: Int32
    var stdout: String
    var stderr: String
    var peakKB: Int
    /// The child's own peak resident memory (`VmHWM` of its address space, read while it runs,
    /// the last reading a few milliseconds before it exits): `ru_maxrss` counts the address
    /// space `posix_spawn` shared with this process before the exec (CLONE_VM), so it is never
    /// below this test process's own peak — which was above a small conversion's (issue 10).
    var ownPeakKB: Int
    var timedOut: Bool

    /// Starts `arguments`; `body` runs with the child's pid while it runs (to send signals).
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 60,
                    limits: [String] = [], while body: (pid_t) -> Void = { _ in }) throws -> Spawned {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout").path, err = folder.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
        // `prlimit --as=… --` in front applies a hard limit the test sets, not the program.
        let command = limits.isEmpty ? [CLI.binary.path] + arguments : ["/usr/bin/prlimit"] + limits + ["--", CLI.binary.path] + arguments
        var env = ProcessInfo.processInfo.environment
        // Messages on stderr follow the locale; the tests read the English ones.
        env["LC_ALL"] = "en_US.UTF-8"
        for (key, value) in environment { env[key] = value }
        var argv = command.map { strdup($0) } + [nil]
        var envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv { free(p) }; for p in envp { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, command[0], &actions, &attributes, &argv, &envp) == 0 else {
            throw CocoaError(.executableLoad)
        }
        body(pid)
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var ownPeakKB = 0
        while true {
            ownPeakKB = max(ownPeakKB, highWaterMarkKB(of: pid) ?? 0)
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if Date() > deadline, !timedOut {
                timedOut = true
                kill(-pid, SIGKILL)
            }
            usleep(5_000)
        }
        return Spawned(status: (status >> 8) & 0xFF, signal: status & 0x7F,
                       stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                       stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "",
                       peakKB: usage.ru_maxrss, ownPeakKB: ownPeakKB, timedOut: timedOut)
    }

    /// `VmHWM` of a running process in kB; nil once it has exited.
    private static func highWaterMarkKB(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) }
    }
}

/// A PDF written object by object with a correct cross-reference table, for inputs no producer
/// would write (absurd MediaBox numbers, nested forms, huge images).
struct TinyPDF {
    var objects: [Data] = []

    /// Adds an object; returns its number.
    @discardableResult
    mutating func add(_ text: String) -> Int {
        objects.append(Data(text.utf8))
        return objects.count
    }

    @discardableResult
    mutating func addStream(_ dictionary: String, _ content: Data) -> Int {
        var data = Data("<< \(dictionary) /Length \(content.count) >>\nstream\n".utf8)
        data.append(content)
        data.append(Data("\nendstream".utf8))
        objects.append(data)
        return objects.count
    }

    /// One page of `mediaBox` showing `content` in Helvetica (/F1), with extra `resources`.
    static func page(mediaBox: String, content: String = "BT /F1 12 Tf 72 72 Td (hello) Tj ET",
                     resources: String = "", extra: (inout TinyPDF) -> Void = { _ in }) -> Data {
        var pdf = TinyPDF()
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>")
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox \(mediaBox) /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> \(resources) >> >>")
        pdf.addStream("", Data(content.utf8))
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        extra(&pdf)
        return pdf.data
    }

    var data: Data {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(index + 1) 0 obj\n".utf8))
            out.append(object)
            out.append(Data("\nendobj\n".utf8))
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }
}

/// Names of the files in `folder` (hidden ones included), sorted; empty when it does not exist.
func listing(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

/// Processes whose command line mentions `marker` (children of a batch still running).
func processes(mentioning marker: String) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> pid_t? in
        guard let pid = pid_t(entry), pid != getpid(),
              let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
        let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
        return line.contains(marker) ? pid : nil
    }
}

/// Whether `pid` still runs (a child that exited but is not yet reaped is a zombie, and
/// `kill(pid, 0)` still succeeds on it).
func isRunning(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return false }
    let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
    return state != "Z" && state != "X"
}

import ArgumentParser
import Foundation
import Qingdan
#if canImport(Glibc)
import Glibc
#endif

/// What one document may cost: CPU seconds and address space. poppler's rendering cannot be
/// cancelled (nested form XObjects drawing each other ten times run for minutes; a million nested
/// `q` take 1.6 GB), so the limits are the kernel's: `RLIMIT_CPU` renewed for each document
/// (SIGXCPU when spent) and `RLIMIT_AS` for the process (allocation fails, and the crash that
/// follows is caught). Either ends the process with one line naming the file and exit 3.
///
/// A process applies its own budget at start — a batch passes it to each child as the hidden
/// options below (`ChildConversion`), and every single-file command applies it to itself.
struct ResourceBudget: ParsableArguments, Sendable {
    /// CPU seconds per document: the 1,000-page sample takes about 15 s.
    static let defaultSeconds = 300
    /// Address space per process in MiB: the 1,000-page sample peaks near 110 MB resident
    /// (about 0.9 GiB of address space with the Swift runtime's and threads' reservations).
    static let defaultMegabytes = 4096

    @Option(name: .customLong("cpu-budget"), help: .hidden)
    var seconds: Int = Self.defaultSeconds

    @Option(name: .customLong("memory-budget"), help: .hidden)
    var megabytes: Int = Self.defaultMegabytes

    /// The options that hand this budget on to a child process.
    var childOptions: [String] {
        ["--cpu-budget", String(seconds), "--memory-budget", String(megabytes)]
    }

    /// Limits this process's address space; installs the signal handlers that clean up.
    func applyToProcess() {
        Interruption.install()
        LibraryMessages.route()
        // A full disk or `ulimit -f` makes write(2) fail with EFBIG instead of killing us.
        signal(SIGXFSZ, SIG_IGN)
        guard megabytes > 0 else { return }
        let bytes = rlim_t(megabytes) << 20
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        var current = rlimit()
        if getrlimit(RLIMIT_AS_VALUE, &current) == 0, current.rlim_max != unlimited, current.rlim_max < bytes {
            limit = rlimit(rlim_cur: current.rlim_max, rlim_max: current.rlim_max)
        }
        _ = setrlimit(RLIMIT_AS_VALUE, &limit)
    }

    /// Starts the budget of the document at `file`: the CPU limit is what this process has used so
    /// far plus `seconds`, and a crash or SIGXCPU from here on names `file`.
    func begin(file: String) {
        Interruption.onFatal(SIGXCPU, write: "qingdan: \(file): stopped: reading it took more than \(seconds) s of processing (the time budget for one document)",
                             exitStatus: 3)
        let crash = "qingdan: \(file): stopped: reading it crashed or used more than \(megabytes) MB of memory (the memory budget for one document)"
        for signal in [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE] {
            Interruption.onFatal(signal, write: crash, exitStatus: 3)
        }
        guard seconds > 0 else { return }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let used = rlim_t(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        var limit = rlimit(rlim_cur: used + rlim_t(seconds), rlim_max: unlimited)
        var current = rlimit()
        if getrlimit(RLIMIT_CPU_VALUE, &current) == 0, current.rlim_max != unlimited {
            limit.rlim_max = current.rlim_max
            limit.rlim_cur = min(limit.rlim_cur, current.rlim_max)
        }
        _ = setrlimit(RLIMIT_CPU_VALUE, &limit)
    }
}

// Glibc imports the resource names as an enum on Linux.
#if os(Linux)
private let RLIMIT_AS_VALUE = __rlimit_resource_t(RLIMIT_AS.rawValue)
private let RLIMIT_CPU_VALUE = __rlimit_resource_t(RLIMIT_CPU.rawValue)
#else
private let RLIMIT_AS_VALUE = RLIMIT_AS
private let RLIMIT_CPU_VALUE = RLIMIT_CPU
#endif
/// `RLIM_INFINITY` (all bits set), which Swift cannot import as a literal.
private let unlimited = rlim_t.max

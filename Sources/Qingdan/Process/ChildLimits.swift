import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Limits for one child conversion. The wall-clock limit is kept by the parent (it kills the
/// child); the memory limit is set by the child on itself (`setrlimit` cannot be called between
/// posix_spawn's fork and exec), told through the environment so that every subcommand obeys it.
public struct ChildLimits: Sendable, Equatable {
    /// Wall-clock seconds before the parent kills the child; nil: no limit.
    public var seconds: Double?
    /// Address space the child may map, in MiB (RLIMIT_AS); nil: no limit.
    public var memoryMB: Int?

    public init(seconds: Double? = nil, memoryMB: Int? = nil) {
        self.seconds = seconds
        self.memoryMB = memoryMB
    }

    static let memoryVariable = "QINGDAN_CHILD_MEMORY_MB"
    static let cpuVariable = "QINGDAN_CHILD_CPU_SECONDS"

    func apply(to environment: inout [String: String]) {
        environment[Self.memoryVariable] = memoryMB.map(String.init)
        // CPU time as a second line of defence behind the parent's wall clock.
        environment[Self.cpuVariable] = seconds.map { String(Int($0.rounded(.up)) + 1) }
    }

    /// Called first thing in a child: applies the limits its parent passed down.
    public static func applyInherited() {
        let environment = ProcessInfo.processInfo.environment
        if let megabytes = environment[memoryVariable].flatMap(Int.init), megabytes > 0 {
            let bytes = rlim_t(megabytes) * 1_048_576
            var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
            _ = setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        }
        if let seconds = environment[cpuVariable].flatMap(Int.init), seconds > 0 {
            var limit = rlimit(rlim_cur: rlim_t(seconds), rlim_max: rlim_t(seconds))
            _ = setrlimit(Int32(RLIMIT_CPU.rawValue), &limit)
        }
    }
}

/// Limits for one child conversion beyond the batch's defaults. The wall-clock limit is kept by
/// the parent (it kills the child); CPU time and memory the child sets on itself from the hidden
/// `--cpu-budget` / `--memory-budget` options of its command (`ResourceBudget` in the CLI):
/// `setrlimit` cannot be called between posix_spawn's fork and exec.
public struct ChildLimits: Sendable, Equatable {
    /// Wall-clock seconds before the parent kills the child; nil: no limit. The CPU budget is the
    /// same number of seconds.
    public var seconds: Double?
    /// Address space the child may map, in MiB; nil: the child's default budget.
    public var memoryMB: Int?

    public init(seconds: Double? = nil, memoryMB: Int? = nil) {
        self.seconds = seconds
        self.memoryMB = memoryMB
    }

    /// The options that hand these limits to the child's budget.
    var childOptions: [String] {
        var options: [String] = []
        if let seconds { options += ["--cpu-budget", String(max(1, Int(seconds.rounded(.up))))] }
        if let memoryMB { options += ["--memory-budget", String(memoryMB)] }
        return options
    }
}

import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What a signal must undo before the process dies: temporary files being written (removed) and
/// child processes running (ended), so that Ctrl-C or `kill` leaves neither a partial
/// `.STEM.json.XXXXXX` nor a child still writing outputs.
///
/// The slots are fixed C storage allocated once: a signal handler may only read memory that is
/// never reallocated, and may only call async-signal-safe functions (`unlink`, `kill`, `write`).
public enum Interruption {
    /// Temporary files and children in flight at once (a batch has one child per core).
    static let capacity = 1024

    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()

    nonisolated(unsafe) private static let children: UnsafeMutablePointer<pid_t> = {
        let slots = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        return slots
    }()

    /// Per signal, the line written to stderr when it ends the process (see `onFatal`).
    nonisolated(unsafe) private static let fatalSlots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 32)
        slots.initialize(repeating: nil, count: 32)
        return slots
    }()

    private static let lock = NSLock()

    /// Set by the signal handler before it removes the temporaries: a thread that created a file
    /// just after the handler's unlink (its name was registered before it existed) sees this and
    /// removes the file itself; a batch worker sees it and starts no further child.
    private static let dying = Atomic<Int>(0)

    /// Children being started (between the check of `isDying` and their registration): the
    /// handler waits for these before it ends the registered children. Without it a batch
    /// worker whose child had just been ended started the next file's child while the parent
    /// died, and that child ran on, orphaned (seen on a loaded machine).
    private static let launching = Atomic<Int>(0)

    /// How long the handler waits for children being started: a spawn takes well under a
    /// millisecond; the bound only keeps a handler that interrupted a launch on its own thread
    /// from waiting for itself.
    static let launchWaitSteps = 400
    static let launchWaitStep = timespec(tv_sec: 0, tv_nsec: 5_000_000)

    /// True once a signal handler has begun cleaning up: the process is about to die.
    static var isDying: Bool { dying.load(ordering: .sequentiallyConsistent) != 0 }

    /// Starts a child with `start` and registers it; returns the child and its slot (for
    /// `forget(child:)`), or nil when it could not be started. Once the process is dying it
    /// starts nothing and waits for the signal to end the process.
    public static func launch<Child>(_ start: () -> Child?, pid: (Child) -> pid_t) -> (child: Child, slot: Int?)? {
        launching.add(1, ordering: .sequentiallyConsistent)
        guard !isDying else {
            launching.subtract(1, ordering: .sequentiallyConsistent)
            awaitTheEnd()
        }
        defer { launching.subtract(1, ordering: .sequentiallyConsistent) }
        guard let child = start() else { return nil }
        return (child, remember(child: pid(child)))
    }

    /// Parks the calling thread until the signal being handled ends the process (a thread that
    /// found `isDying` must neither go on writing nor start anything).
    static func awaitTheEnd() -> Never {
        while true { pause() }
    }

    /// Registers a temporary file; returns the slot to pass to `forget(file:)`.
    static func remember(file path: String) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard let slot = (0..<capacity).first(where: { paths[$0] == nil }) else { return nil }
        paths[slot] = strdup(path)
        return slot
    }

    static func forget(file slot: Int?) {
        guard let slot else { return }
        lock.lock(); defer { lock.unlock() }
        let path = paths[slot]
        paths[slot] = nil
        free(path)
    }

    /// Registers a running child process; returns the slot to pass to `forget(child:)`.
    public static func remember(child pid: pid_t) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard let slot = (0..<capacity).first(where: { children[$0] == 0 }) else { return nil }
        children[slot] = pid
        return slot
    }

    public static func forget(child slot: Int?) {
        guard let slot else { return }
        lock.lock(); defer { lock.unlock() }
        children[slot] = 0
    }

    /// Installs the handlers for SIGINT, SIGTERM and SIGHUP: remove the temporary files, end the
    /// children, then die of the same signal (so the shell sees an interrupted program).
    public static func install() {
        _ = paths; _ = children; _ = fatalSlots; _ = isDying; _ = launching.load(ordering: .relaxed)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            handle(signal) { signal in
                Interruption.dying.store(1, ordering: .sequentiallyConsistent)
                Interruption.cleanUp()
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
        }
    }

    /// On `signal`, writes `line` to stderr, cleans up and exits with `status` instead of dying
    /// of the signal (a crash or an exceeded budget becomes one line naming the file).
    public static func onFatal(_ signal: Int32, write line: String, exitStatus status: Int32) {
        guard signal > 0, signal < 32 else { return }
        _ = paths; _ = children; _ = isDying; _ = launching.load(ordering: .relaxed)
        let message = strdup(line + "\n")
        lock.lock()
        let old = fatalSlots[Int(signal)]
        fatalSlots[Int(signal)] = message
        lock.unlock()
        free(old)
        exitStatuses[Int(signal)] = status
        handle(signal) { signal in
            if let message = Interruption.fatalSlots[Int(signal)] {
                _ = Glibc.write(LibraryMessages.descriptor, message, strlen(message))
            }
            Interruption.dying.store(1, ordering: .sequentiallyConsistent)
            Interruption.cleanUp()
            _exit(Interruption.exitStatuses[Int(signal)])
        }
    }

    nonisolated(unsafe) private static let exitStatuses: UnsafeMutablePointer<Int32> = {
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: 32)
        slots.initialize(repeating: 3, count: 32)
        return slots
    }()

    /// Waits for children being started, then removes what is registered twice, 20 ms apart: another thread that was between registering
    /// a temporary and creating it (or between creating it and seeing `isDying`) has created and
    /// removed it by then, or is parked waiting for the end. Async-signal-safe (`nanosleep`).
    private static func cleanUp() {
        var step = launchWaitStep
        for _ in 0..<launchWaitSteps where launching.load(ordering: .sequentiallyConsistent) > 0 {
            _ = nanosleep(&step, nil)
        }
        removeRegistered()
        var pause = timespec(tv_sec: 0, tv_nsec: 20_000_000)
        _ = nanosleep(&pause, nil)
        removeRegistered()
    }

    /// Async-signal-safe: reads the slots, calls unlink and kill.
    private static func removeRegistered() {
        for slot in 0..<capacity {
            if let path = paths[slot] { unlink(path) }
            let child = children[slot]
            if child > 0 { kill(child, SIGTERM) }
        }
    }

    private static func handle(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }
}

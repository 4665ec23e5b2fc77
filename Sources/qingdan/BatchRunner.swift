import Dispatch
import Foundation

/// Runs independent jobs on several threads, keeps going past failures and reports them in
/// input order; draws a progress bar on stderr when asked.
struct BatchRunner {
    var count: Int
    var jobs: Int
    var progress: Bool

    /// Returns the error messages of the failed jobs, in input order.
    func run(_ job: @escaping @Sendable (Int) throws -> Void) -> [String] {
        let state = State(count: count)
        let workers = max(1, min(jobs, count))
        let queue = DispatchQueue(label: "qingdan.batch", attributes: .concurrent)
        let group = DispatchGroup()
        for _ in 0..<workers {
            queue.async(group: group) {
                while let index = state.next() {
                    var message: String?
                    do { try job(index) } catch { message = "\(error)" }
                    let done = state.finish(index, message: message)
                    if progress { Self.draw(done: done, of: count) }
                }
            }
        }
        group.wait()
        if progress { Stderr.write("\r\u{1B}[K") }
        return state.failures
    }

    private static func draw(done: Int, of total: Int) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        Stderr.write("\r[\(bar)] \(done)/\(total)")
    }

    /// Shared between the worker threads; every access holds the lock.
    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private var done = 0
        private var messages: [String?]

        init(count: Int) { messages = Array(repeating: nil, count: count) }

        func next() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard nextIndex < messages.count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }

        func finish(_ index: Int, message: String?) -> Int {
            lock.lock(); defer { lock.unlock() }
            messages[index] = message
            done += 1
            return done
        }

        var failures: [String] {
            lock.lock(); defer { lock.unlock() }
            return messages.compactMap { $0 }
        }
    }
}

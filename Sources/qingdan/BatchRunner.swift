import Dispatch
import Foundation
import Qingdan

/// Runs independent jobs on several threads, keeps going past failures and reports them in
/// input order; on a terminal prints each job's line as it ends and a progress line (current
/// file, estimated time left) under them.
struct BatchRunner {
    var count: Int
    var jobs: Int
    var progress: Bool
    /// The name shown for job `index` on the progress line.
    var name: @Sendable (Int) -> String = { "\($0 + 1)" }

    /// `job` returns the line to show for it (or nil); returns the error messages of the failed
    /// jobs, in input order.
    func run(_ job: @escaping @Sendable (Int) throws -> String?) -> [String] {
        let state = State(count: count)
        let workers = max(1, min(jobs, count))
        let queue = DispatchQueue(label: "qingdan.batch", attributes: .concurrent)
        let group = DispatchGroup()
        let start = DispatchTime.now()
        let draw = progress
        let name = self.name
        let total = count
        for _ in 0..<workers {
            queue.async(group: group) {
                while let index = state.next() {
                    if draw { state.draw(Self.line(done: state.done, of: total, current: state.current.map(name), start: start)) }
                    var message: String?
                    var line: String?
                    do { line = try job(index) } catch { message = "\(error)" }
                    let done = state.finish(index, message: message)
                    if draw {
                        let shown = line.map(Stderr.fileLine) ?? message.map { Stderr.error("✘ \($0)") }
                        state.draw(Self.line(done: done, of: total, current: state.current.map(name), start: start), above: shown)
                    }
                }
            }
        }
        group.wait()
        if progress { Stderr.write("\r\u{1B}[K") }
        return state.failures
    }

    /// Width of the bar in characters.
    private static let barWidth = 20

    private static func line(done: Int, of total: Int, current: String?, start: DispatchTime) -> String {
        let filled = total == 0 ? barWidth : done * barWidth / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        // The time left at the pace so far; none before the first file is done.
        let remaining = done == 0 ? nil : Int((elapsed / Double(done) * Double(total - done)).rounded(.up))
        return Phrase.progress(bar: bar, done: done, total: total, current: current ?? "", remaining: remaining).local
    }

    /// Shared between the worker threads; every access holds the lock.
    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private var finished = 0
        private var messages: [String?]
        private var running: [Int] = []

        init(count: Int) { messages = Array(repeating: nil, count: count) }

        func next() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard nextIndex < messages.count else { return nil }
            defer { nextIndex += 1 }
            running.append(nextIndex)
            return nextIndex
        }

        /// The file started last of those still running.
        var current: Int? {
            lock.lock(); defer { lock.unlock() }
            return running.last
        }

        var done: Int {
            lock.lock(); defer { lock.unlock() }
            return finished
        }

        func finish(_ index: Int, message: String?) -> Int {
            lock.lock(); defer { lock.unlock() }
            messages[index] = message
            running.removeAll { $0 == index }
            finished += 1
            return finished
        }

        /// Rewrites the progress line, with `above` printed on its own line over it.
        func draw(_ progress: String, above: String? = nil) {
            lock.lock(); defer { lock.unlock() }
            var text = "\r\u{1B}[K"
            if let above { text += above + "\n" }
            Stderr.write(text + progress)
        }

        var failures: [String] {
            lock.lock(); defer { lock.unlock() }
            return messages.compactMap { $0 }
        }
    }
}

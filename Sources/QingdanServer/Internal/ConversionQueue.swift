import Foundation

/// Bounds the conversions running at once; the rest wait first come, first served. A waiting
/// request asks for its place in line (to show the clerk) while it waits.
actor ConversionQueue {
    let slots: Int
    let waitingLimit: Int
    private var running = 0
    private var waiting: [UInt64] = []
    private var nextTicket: UInt64 = 0

    init(slots: Int, waitingLimit: Int) {
        self.slots = max(1, slots)
        self.waitingLimit = waitingLimit
    }

    struct Full: Error {}

    /// How often a waiting request looks again; short next to a conversion (0.3 s for the sample).
    static let pollInterval: Duration = .milliseconds(100)

    /// Waits for a slot, calling `position` (1 = next in line) whenever the place changes, then runs
    /// `work` and frees the slot. Throws `Full` at once when too many are already waiting.
    nonisolated func run<T: Sendable>(position: @Sendable (Int) async throws -> Void,
                                      _ work: @Sendable () async throws -> T) async throws -> T {
        let ticket = try await enqueue()
        var shown = 0
        do {
            while true {
                let place = await place(of: ticket)
                if place == 0 { break }
                if place != shown {
                    shown = place
                    try await position(place)
                }
                try await Task.sleep(for: Self.pollInterval)
            }
        } catch {
            await leave(ticket)
            throw error
        }
        defer { Task { await self.finish() } }
        return try await work()
    }

    private func enqueue() throws -> UInt64 {
        guard waiting.count < waitingLimit || (waiting.isEmpty && running < slots) else { throw Full() }
        nextTicket += 1
        waiting.append(nextTicket)
        return nextTicket
    }

    /// 0 when the ticket has just been given a slot; otherwise its place in line.
    private func place(of ticket: UInt64) -> Int {
        guard let index = waiting.firstIndex(of: ticket) else { return 0 }
        if index == 0, running < slots {
            waiting.removeFirst()
            running += 1
            return 0
        }
        return index + 1
    }

    private func leave(_ ticket: UInt64) {
        waiting.removeAll { $0 == ticket }
    }

    private func finish() {
        running -= 1
    }

    /// For tests and the status line: (running, waiting).
    func load() -> (running: Int, waiting: Int) { (running, waiting.count) }
}

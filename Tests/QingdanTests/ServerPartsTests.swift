import Foundation
@testable import QingdanServer
import Testing

@Suite("Server parts")
struct ServerPartsTests {
    @Test("multipart: quoted names with ; and escaped quotes, binary bodies kept byte for byte, fields without a file skipped")
    func multipart() throws {
        let payload = Data([0x00, 0x0D, 0x0A, 0x2D, 0x2D, 0xFF])
        var body = Data("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a;b \\\"c\\\".pdf\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
        body += payload + Data("\r\n--XyZ\r\ncontent-disposition: form-data; name=lang\r\n\r\nzh\r\n--XyZ--\r\n".utf8)
        let form = try #require(MultipartForm(body: body, boundary: "XyZ"))
        #expect(form.parts.map(\.name) == ["file", "lang"])
        #expect(form.part("file")?.filename == "a;b \"c\".pdf")
        #expect(form.part("file").map { Data($0.data) } == payload)
        #expect(form.part("lang").map { String(decoding: $0.data, as: UTF8.self) } == "zh")
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"XyZ\"") == "XyZ")
        #expect(MultipartForm.boundary(contentType: "application/json") == nil)
        #expect(MultipartForm(body: Data("no delimiter".utf8), boundary: "XyZ") == nil)
        #expect(MultipartForm(body: Data("--XyZ\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nunterminated".utf8), boundary: "XyZ") == nil)
    }

    @Test("client names: last component only, no control or Windows-refused characters, no leading dots, bounded")
    func clientNames() {
        #expect(ClientName("../../etc/passwd", fallback: "f").display == "passwd")
        #expect(ClientName("C:\\Users\\清单<2024>.pdf", fallback: "f").display == "清单2024.pdf")
        #expect(ClientName("..hidden.pdf", fallback: "f").display == "hidden.pdf")
        #expect(ClientName("a\u{0}\nb.pdf", fallback: "f").display == "ab.pdf")
        #expect(ClientName("", fallback: "file").display == "file")
        #expect(ClientName("/", fallback: "file").display == "file")
        #expect(ClientName(String(repeating: "长", count: 500), fallback: "f").display.count == ClientName.maximumLength)
        #expect(ClientName("清单.2024.pdf", fallback: "f").stem == "清单.2024")
    }

    @Test("the queue runs at most its slots at once, first come first served, and refuses past its waiting limit",
          .timeLimit(.minutes(1)))
    func queue() async throws {
        // Work is held by a gate and the test waits for the queue's own state, so no step depends
        // on how fast a loaded machine schedules tasks.
        let queue = ConversionQueue(slots: 2, waitingLimit: 10)
        let counter = Counter()
        let gate = Gate()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<5 {
                group.addTask {
                    try await queue.run(position: { _ in }) {
                        await counter.enter()
                        await gate.wait()
                        await counter.leave()
                    }
                }
            }
            try await Self.until { await queue.load() == (2, 3) }
            try await Self.until { await counter.now == 2 }
            await gate.open()
            try await group.waitForAll()
        }
        #expect(await counter.peak == 2)
        #expect(await counter.total == 5)

        // One running, one waiting: the third is refused at once.
        let small = ConversionQueue(slots: 1, waitingLimit: 1)
        let held = Gate()
        async let first: Void = small.run(position: { _ in }) { await held.wait() }
        try await Self.until { await small.load() == (1, 0) }
        async let second: Void = small.run(position: { _ in }) {}
        try await Self.until { await small.load() == (1, 1) }
        await #expect(throws: ConversionQueue.Full.self) { try await small.run(position: { _ in }) {} }
        await held.open()
        _ = try await (first, second)
        try await Self.until { await small.load() == (0, 0) }
    }

    /// Polls until `condition` holds; a stuck queue is ended by the test's time limit (a hang guard, not a speed bound).
    static func until(_ condition: @Sendable () async -> Bool) async throws {
        while await !condition() { try await Task.sleep(for: .milliseconds(10)) }
    }

    actor Gate {
        private var isOpen = false
        private var waiters: [CheckedContinuation<Void, Never>] = []
        func wait() async {
            if isOpen { return }
            await withCheckedContinuation { waiters.append($0) }
        }
        func open() {
            isOpen = true
            waiters.forEach { $0.resume() }
            waiters.removeAll()
        }
    }

    actor Counter {
        var now = 0, peak = 0, total = 0
        func enter() { now += 1; total += 1; peak = max(peak, now) }
        func leave() { now -= 1 }
    }
}

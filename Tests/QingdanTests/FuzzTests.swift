import Foundation
import Testing
@testable import Qingdan
#if canImport(Glibc)
import Glibc
#endif

/// Property test over mutated samples: whatever the bytes, `ListReader` returns a list or throws a
/// `QingdanError` — no crash, no hang — and the text of the table is conserved (no `text.lost`).
///
/// Each case is an excerpt of a sample (its first lines, with the header, plus a run of lines from
/// elsewhere) with one to four mutations: lines deleted, duplicated or swapped, bytes flipped,
/// garbage inserted, the end cut off. Cases are numbered from a seed, so any failure replays alone:
///
///     QINGDAN_FUZZ_SEED=<seed> QINGDAN_FUZZ_CASES=1 swift test --filter FuzzTests
///
/// (with QINGDAN_FUZZ_DUMP=<folder> the case's bytes are written there too).
///
/// `make fuzz` runs 100,000 cases in a release build (Tests/Tools/fuzz.sh); the normal test run
/// runs 1,000 (about 15 s in a debug build). A case running longer than QINGDAN_FUZZ_TIMEOUT seconds (default 20) is a
/// hang: its seed is printed and the process exits.
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = Int(environment["QINGDAN_FUZZ_CASES"] ?? "") ?? 1000
    static let firstSeed = UInt64(environment["QINGDAN_FUZZ_SEED"] ?? "") ?? 20_261_129
    static let timeout = Double(environment["QINGDAN_FUZZ_TIMEOUT"] ?? "") ?? 20
    /// Of the cases drawn for PDF, the share kept (1 in N; the rest go to another sample): a debug build reads a mutated 4-page PDF in about 0.1 s, one at a time, so the
    /// normal run's 1,000 cases hold about 70 PDFs. `make fuzz` sets QINGDAN_FUZZ_PDF_SHARE=1.
    static let pdfShare = max(1, Int(environment["QINGDAN_FUZZ_PDF_SHARE"] ?? "") ?? 2)

    @Test func mutatedSamplesNeverCrashHangOrLoseText() throws {
        let samples = try FuzzSample.all()
        let pdfs = try PDFFuzzMutator.load()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, Self.cases))
        let watch = FuzzWatch(workers: workers, timeout: Self.timeout)
        watch.start()
        let failures = FuzzFailures()
        let counter = FuzzFailures.Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while let index = counter.next(below: Self.cases) {
                let seed = Self.firstSeed &+ UInt64(index)
                watch.begin(worker: worker, seed: seed)
                var random = SplitMix64(seed: seed)
                let sampleIndex = Int(random.next() % UInt64(samples.count + 1))
                // One case in (samples + 1) is a PDF: PDFs read serially (PopplerLock) and slower.
                let isPDF = sampleIndex == samples.count && random.below(Self.pdfShare) == 0
                let sample = samples[sampleIndex < samples.count ? sampleIndex : random.below(samples.count)]
                let name = isPDF ? "pdf" : sample.name
                let fileExtension = isPDF ? "pdf" : sample.fileExtension
                let data = isPDF ? pdfs.mutated(using: &random) : FuzzMutator(sample: sample).mutated(using: &random)
                if let folder = Self.environment["QINGDAN_FUZZ_DUMP"] {
                    // Replaying: keep the case's bytes, to run them through the CLI or a debugger.
                    try? data.write(to: URL(fileURLWithPath: folder).appendingPathComponent("fuzz-\(seed).\(fileExtension)"))
                }
                let (read, problem) = Self.outcome(reading: data, name: "fuzz-\(seed).\(fileExtension)")
                if read { failures.countRead() }
                if isPDF { failures.countPDF() }
                if let problem {
                    failures.add("seed \(seed) (\(name)): \(problem)")
                }
                watch.end(worker: worker)
            }
        }
        watch.stop()
        for failure in failures.all.prefix(20) {
            Issue.record("\(failure)")
        }
        print("fuzz: \(Self.cases) cases from seed \(Self.firstSeed) (\(failures.pdfs) PDF): \(failures.read) read as lists, "
              + "the others rejected with a message; \(failures.all.count) failed")
    }

    /// Whether `data` read as a list, and what is wrong, if anything: a QingdanError is a fine answer.
    static func outcome(reading data: Data, name: String) -> (read: Bool, problem: String?) {
        let list: DutyList
        do {
            list = try ListReader().read(data: data, path: name)
        } catch {
            let line = error.description(in: .english)
            let oneLine = !line.contains("\n") && line.hasPrefix(name + ":")
            return (false, oneLine ? nil : "error message is not one line naming the file: \(error)")
        }
        let conservation = list.findings.filter { $0.code == "text.lost" || $0.code == "text.invented" }
        return (true, conservation.first.map { "\($0.code): \($0.message(in: .english))" })
    }
}

/// A sample file as lines of bytes (split at LF, which stays on each line).
struct FuzzSample: Sendable {
    var name: String
    var lines: [Data]
    /// Lines at the top that carry the title and header; excerpts keep them.
    var headLines: Int
    /// Binary forms (DOCX) are not cut into excerpts.
    var isBinary: Bool

    var fileExtension: String { (name as NSString).pathExtension }

    static func all() throws -> [FuzzSample] {
        let folder = packageRoot.appendingPathComponent("Samples")
        var samples: [FuzzSample] = []
        for name in ["kouquan-cooperative.layout.txt", "kouquan-cooperative.txt", "kouquan-cooperative.raw.txt",
                     "kouquan-cooperative.html", "kouquan-cooperative.docx"] {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let binary = name.hasSuffix(".docx")
            let lines = binary ? [data] : data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) + [0x0A] }
            samples.append(FuzzSample(name: name, lines: lines, headLines: min(lines.count, 8), isBinary: binary))
        }
        return samples
    }
}

/// Makes one case from a sample: an excerpt, then one to four mutations.
struct FuzzMutator {
    var sample: FuzzSample

    func mutated(using random: inout SplitMix64) -> Data {
        var lines = excerpt(using: &random)
        for _ in 0..<(1 + random.below(4)) {
            mutate(&lines, using: &random)
        }
        var data = lines.reduce(into: Data()) { $0.append($1) }
        if random.below(8) == 0, !data.isEmpty {
            data = data.prefix(random.below(data.count))
        }
        return data
    }

    /// The head lines plus a run of 5 to 100 lines from anywhere after them (the whole sample at times).
    private func excerpt(using random: inout SplitMix64) -> [Data] {
        let lines = sample.lines
        guard !sample.isBinary, lines.count > sample.headLines + 5, random.below(50) != 0 else { return lines }
        let head = 2 + random.below(sample.headLines - 1)
        let start = head + random.below(lines.count - head)
        let end = min(lines.count, start + 5 + random.below(96))
        return Array(lines[..<head] + lines[start..<end])
    }

    private func mutate(_ lines: inout [Data], using random: inout SplitMix64) {
        guard !lines.isEmpty else { return }
        let at = random.below(lines.count)
        switch random.below(6) {
        case 0:
            lines.remove(at: at)
        case 1:
            lines.insert(lines[at], at: at)
        case 2:
            lines.swapAt(at, random.below(lines.count))
        case 3:
            var line = lines[at]
            for _ in 0..<(1 + random.below(3)) where !line.isEmpty {
                let offset = line.startIndex + random.below(line.count)
                line[offset] ^= UInt8(1 << random.below(8))
            }
            lines[at] = line
        case 4:
            var line = lines[at]
            let offset = line.startIndex + random.below(line.count + 1)
            line.insert(contentsOf: garbage(using: &random), at: offset)
            lines[at] = line
        default:
            // Cut a line short (a lost line end or a cell cut at the margin).
            let line = lines[at]
            lines[at] = line.prefix(random.below(line.count + 1))
        }
    }

    /// Bytes that mean something to the readers: spaces, breaks, digits, CJK, markup, or noise.
    private func garbage(using random: inout SplitMix64) -> Data {
        let pieces: [[UInt8]] = [
            Array("   ".utf8), [0x0A], [0x0C], [0x0D, 0x0A], [0x09], Array("12".utf8), Array("3.".utf8),
            Array("序号".utf8), Array("（一）".utf8), Array("①".utf8), Array("区民政局：".utf8), Array("<td>".utf8),
            Array("</tr>".utf8), Array("<table>".utf8), Array("&amp;".utf8), [0xE4, 0xB8], [0x00], [0xFF, 0xFE],
        ]
        var bytes: [UInt8] = []
        for _ in 0..<(1 + random.below(4)) {
            if random.below(4) == 0 {
                bytes += (0..<(1 + random.below(8))).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            } else {
                bytes += pieces[random.below(pieces.count)]
            }
        }
        return Data(bytes)
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same case everywhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (0 when bound is 0).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}

/// Failures collected from the worker threads.
final class FuzzFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [String] = []
    private var lists = 0
    private var pdfCases = 0

    func countPDF() {
        lock.lock(); defer { lock.unlock() }
        pdfCases += 1
    }

    var pdfs: Int {
        lock.lock(); defer { lock.unlock() }
        return pdfCases
    }

    func countRead() {
        lock.lock(); defer { lock.unlock() }
        lists += 1
    }

    var read: Int {
        lock.lock(); defer { lock.unlock() }
        return lists
    }

    func add(_ failure: String) {
        lock.lock(); defer { lock.unlock() }
        failures.append(failure)
    }

    var all: [String] {
        lock.lock(); defer { lock.unlock() }
        return failures
    }

    /// Hands out case numbers to the workers.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next(below bound: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard value < bound else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// Watches the workers: a case that runs past the timeout is a hang, and a crash should still
/// name its case. Both print the seed on stderr; a hang then ends the process (the stuck thread
/// cannot be stopped).
final class FuzzWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var started: [Double?]
    private var seeds: [UInt64]
    private let timeout: Double
    private var running = true

    init(workers: Int, timeout: Double) {
        started = Array(repeating: nil, count: workers)
        seeds = Array(repeating: 0, count: workers)
        self.timeout = timeout
    }

    func begin(worker: Int, seed: UInt64) {
        lock.lock(); defer { lock.unlock() }
        started[worker] = Date().timeIntervalSince1970
        seeds[worker] = seed
        FuzzCrashReport.set(worker: worker, seed: seed)
    }

    func end(worker: Int) {
        lock.lock(); defer { lock.unlock() }
        started[worker] = nil
    }

    func start() {
        FuzzCrashReport.install(workers: started.count)
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                lock.lock()
                guard running else { lock.unlock(); return }
                let now = Date().timeIntervalSince1970
                let stuck = started.indices.first { started[$0].map { now - $0 > timeout } ?? false }
                let seed = stuck.map { seeds[$0] }
                lock.unlock()
                if let seed {
                    FileHandle.standardError.write(Data("fuzz: HANG: case seed \(seed) ran over \(timeout)s; replay with QINGDAN_FUZZ_SEED=\(seed) QINGDAN_FUZZ_CASES=1\n".utf8))
                    exit(3)
                }
            }
        }
    }

    func stop() {
        lock.lock(); defer { lock.unlock() }
        running = false
    }
}

/// Prints the seeds of the cases running when the process dies of a signal (a Swift runtime trap
/// is SIGILL or SIGTRAP). The message is formatted ahead of time: a signal handler may only write.
enum FuzzCrashReport {
    private static let width = 128
    nonisolated(unsafe) private static var buffers: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var workers = 0

    static func install(workers count: Int) {
        guard buffers == nil else { return }
        buffers = UnsafeMutablePointer<CChar>.allocate(capacity: width * count)
        buffers?.initialize(repeating: 0, count: width * count)
        workers = count
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            _ = Glibc.signal(signal) { number in
                if let buffers = FuzzCrashReport.buffers {
                    for worker in 0..<FuzzCrashReport.workers {
                        let line = buffers + worker * FuzzCrashReport.width
                        _ = write(2, line, strlen(line))
                    }
                }
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func set(worker: Int, seed: UInt64) {
        guard let buffers, worker < workers else { return }
        let message = "fuzz: CRASH while running case seed \(seed) (replay with QINGDAN_FUZZ_SEED=\(seed) QINGDAN_FUZZ_CASES=1)\n"
        let line = buffers + worker * width
        _ = message.withCString { strncpy(line, $0, width - 1) }
    }
}

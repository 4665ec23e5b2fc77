import Foundation
import Qingdan
import QingdanDataset

/// How `qingdan serve` runs: where it listens and how much one request may cost.
public struct ServerConfiguration: Sendable {
    /// Address to bind; loopback unless the operator says otherwise.
    public var host: String
    public var port: Int
    /// Uploads larger than this (the whole request body) are refused before they are read.
    public var maxUploadBytes: Int
    /// Conversions running at once; the rest wait in a queue.
    public var jobs: Int
    /// Requests allowed to wait for a free slot; beyond that a request is refused (429).
    public var queueLimit: Int
    /// Per child conversion: wall clock and memory.
    public var limits: ChildLimits
    /// The `qingdan` binary run for each conversion (the server's own binary by default).
    public var executable: String
    /// Where the private per-request folders are made.
    public var temporaryDirectory: String
    /// The dataset the dataset page browses (`--dataset`, opened read-only); nil: no such page.
    public var dataset: Dataset?

    public static let defaultMaxUploadMB = 50
    /// A 1,000-page PDF converts in about 15 s on a slow core: four times that before giving up.
    public static let defaultSeconds: Double = 60
    /// Address space for one child: the 1,000-page PDF peaks at about 105 MB resident; Swift's runtime
    /// and poppler reserve far more address space than they touch.
    public static let defaultMemoryMB = 2048

    public init(host: String = "127.0.0.1", port: Int = 8080,
                maxUploadBytes: Int = defaultMaxUploadMB * 1_048_576,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, queueLimit: Int = 64,
                limits: ChildLimits = ChildLimits(seconds: defaultSeconds, memoryMB: defaultMemoryMB),
                executable: String = ChildConversion.ownExecutable,
                temporaryDirectory: String = NSTemporaryDirectory(), dataset: Dataset? = nil) {
        self.host = host
        self.port = port
        self.maxUploadBytes = maxUploadBytes
        self.jobs = max(1, jobs)
        self.queueLimit = max(0, queueLimit)
        self.limits = limits
        self.executable = executable
        self.temporaryDirectory = temporaryDirectory
        self.dataset = dataset
    }
}

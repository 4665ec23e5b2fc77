import ArgumentParser
import Foundation
import Qingdan
import QingdanDataset
import QingdanServer

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app for clerks: convert, check against the page, compare editions.",
        discussion: """
        Serves the pages (Chinese; English with ?lang=en) and a JSON API (POST /api/convert with a \
        multipart field `file`; POST /api/diff with `old` and `new`). Every conversion runs in a child \
        process with a time and a memory limit; at most --jobs run at once, the rest wait in a queue. \
        Listens on loopback unless --host says otherwise; stops on SIGINT/SIGTERM. With --dataset, \
        /dataset browses that dataset (read-only): by department, item history, two townships, summary.

        Example:
          qingdan serve --host 0.0.0.0 --port 8080 --dataset lists.sqlite
        """
    )

    @Option(help: "Address to listen on (0.0.0.0 for every interface).")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port, printed at start).")
    var port: Int = 8080

    @Option(help: "Largest upload accepted, in MB (a comparison's two files together).")
    var maxUploadMb: Int = ServerConfiguration.defaultMaxUploadMB

    @Option(help: "Conversions at once (default: all cores).")
    var jobs: Int?

    @Option(help: "Seconds one conversion may take before it is stopped.")
    var timeLimit: Double = ServerConfiguration.defaultSeconds

    @Option(help: "Memory (address space, MB) one conversion may use.")
    var memoryLimitMb: Int = ServerConfiguration.defaultMemoryMB

    @Option(help: "A dataset (from dataset build) to browse at /dataset, opened read-only.")
    var dataset: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        guard maxUploadMb >= 1 else { throw ValidationError("--max-upload-mb must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard memoryLimitMb >= 64 else { throw ValidationError("--memory-limit-mb must be at least 64") }
    }

    func run() throws {
        var opened: Dataset?
        if let dataset {
            do {
                opened = try Dataset(path: dataset, readOnly: true)
            } catch {
                Stderr.print("qingdan: serve: \(error)")
                throw ExitCode(3)
            }
        }
        let configuration = ServerConfiguration(
            host: host, port: port, maxUploadBytes: maxUploadMb * 1_048_576,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            limits: ChildLimits(seconds: timeLimit, memoryMB: memoryLimitMb), dataset: opened)
        do {
            try QingdanServer.run(configuration)
        } catch {
            Stderr.print("qingdan: serve: \(error)")
            throw ExitCode(3)
        }
    }
}

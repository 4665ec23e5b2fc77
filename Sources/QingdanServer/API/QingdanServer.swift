import Foundation
import Hummingbird
import Logging
import NIOCore

/// `qingdan serve`: the web app for clerks. Pages in Chinese (English with `?lang=en`), a JSON API
/// under `/api/`, every conversion in a child process with time and memory limits, a bounded
/// number of conversions at once and a queue for the rest.
public enum QingdanServer {
    /// The router with every route; the dataset view and others can register more on it.
    public static func makeRouter(_ configuration: ServerConfiguration) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        let queue = ConversionQueue(slots: configuration.jobs, waitingLimit: configuration.queueLimit)
        Routes(configuration: configuration, queue: queue).register(on: router)
        if let dataset = configuration.dataset { DatasetRoutes(dataset: dataset).register(on: router) }
        return router
    }

    /// The application, for `run` and for route tests (`app.test(.router)`).
    public static func makeApplication(
        _ configuration: ServerConfiguration,
        router: Router<BasicRequestContext>? = nil,
        onRunning: @escaping @Sendable (String) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "qingdan.serve")
        logger.logLevel = .warning
        return Application(
            router: router ?? makeRouter(configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "qingdan"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                onRunning("http://\(host):\(port)/")
            },
            logger: logger
        )
    }

    /// Runs until SIGINT or SIGTERM (requests in flight finish first), printing the address it
    /// listens on. Blocks the calling thread: the CLI's commands are synchronous.
    public static func run(_ configuration: ServerConfiguration) throws {
        var configuration = configuration
        // One private folder for this server's requests, removed when it stops.
        let root = try Workspace.make(in: configuration.temporaryDirectory)
        defer { root.remove() }
        configuration.temporaryDirectory = root.path
        let jobs = configuration.jobs, megabytes = configuration.maxUploadBytes / 1_048_576
        let app = makeApplication(configuration) { address in
            FileHandle.standardError.write(Data("qingdan serve: listening on \(address) (\(jobs) conversions at once, uploads up to \(megabytes) MB)\n".utf8))
        }
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task {
            do { try await app.runService() } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw error }
    }

    private final class Failure: @unchecked Sendable {
        var error: (any Error)?
    }
}

import Foundation

/// Converts one file of a batch in a child `qingdan convert` process. Two reasons: poppler work is
/// serialised inside a process (`PopplerLock`), so only separate processes let PDFs use all cores;
/// and a damaged file that crashes a C library ends its own process, not the whole batch.
struct ChildConversion: Sendable {
    /// Options after `convert FILE`: the output directory, formats and the rest.
    var options: [String]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the child for `file`; throws the one-line message it printed (without `qingdan: `).
    func run(_ file: String) throws(Failure) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["convert", file] + options
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "\(file): cannot start qingdan for this file")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            throw Failure(description: "\(file): qingdan crashed on this file (signal \(process.terminationStatus))")
        }
        guard process.terminationStatus == 0 else {
            let lines = message.split(separator: "\n").map { $0.hasPrefix("qingdan: ") ? $0.dropFirst(9) : $0 }
            throw Failure(description: lines.isEmpty ? "\(file): failed (exit \(process.terminationStatus))" : lines.joined(separator: "; "))
        }
    }

    /// This program's own binary.
    private static let executable: URL = {
        let linux = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: linux.path) { return linux.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
    }()
}

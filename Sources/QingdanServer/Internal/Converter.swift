import Foundation
import Qingdan

/// Runs one conversion in a child `qingdan` (through `ChildConversion`, the mechanism the batch
/// mode uses) inside a request's workspace and reads back what it wrote.
struct Converter: Sendable {
    var executable: String
    var limits: ChildLimits

    /// Formats the page offers for download; JSON first (the page reads it back).
    static let formats = "json,xlsx,csv,md"

    struct Converted: Sendable {
        var list: DutyList
        /// Output files by the suffix `convert` gives them: json, xlsx, csv, clauses.csv, md.
        var outputs: [(suffix: String, data: Data)]
    }

    /// Converts `input` (a workspace file) with the outputs in `directory`. `clientName` only
    /// appears in messages.
    func convert(input: String, directory: String, clientName: String, language: Language,
                 formats: String = formats) async throws -> Converted {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let child = ChildConversion(options: ["-o", directory, "--format", formats, "--lang", language.rawValue,
                                              "--source-name", clientName],
                                    executable: executable, limits: limits)
        try await Self.run(child, input: input, clientName: clientName)
        let stem = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let jsonPath = (directory as NSString).appendingPathComponent("\(stem).json")
        guard let json = FileManager.default.contents(atPath: jsonPath) else {
            throw ServerError.internal("the converter wrote no JSON")
        }
        let list: DutyList
        do { list = try EditionReader().decode(json, path: clientName) } catch {
            throw ServerError.internal("the converter's JSON does not decode: \(error)")
        }
        var outputs: [(String, Data)] = []
        for suffix in ["json", "xlsx", "csv", "clauses.csv", "md"] {
            if let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent("\(stem).\(suffix)")) {
                outputs.append((suffix, data))
            }
        }
        return Converted(list: list, outputs: outputs)
    }

    /// Draws every page of the PDF `input` with the grid found into `directory/page-N.png`.
    func inspectPages(input: String, directory: String, clientName: String) async throws -> [Int: Data] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let child = ChildConversion(subcommand: "inspect", options: ["--all-pages", "-o", directory],
                                    executable: executable, limits: limits)
        try await Self.run(child, input: input, clientName: clientName)
        var pages: [Int: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            guard name.hasPrefix("page-"), name.hasSuffix(".png"),
                  let number = Int(name.dropFirst(5).dropLast(4)),
                  let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name))
            else { continue }
            pages[number] = data
        }
        return pages
    }

    /// The child blocks a thread on its pipe and waitpid: run it on a thread of its own, off the
    /// concurrency pool and off Dispatch's (as wide as the cores), so that conversions waiting on
    /// hung children never hold up the server's other work.
    private static func run(_ child: ChildConversion, input: String, clientName: String) async throws {
        let result: Result<Void, ChildConversion.Failure> = await withCheckedContinuation { continuation in
            Thread {
                do throws(ChildConversion.Failure) {
                    try child.run(input)
                    continuation.resume(returning: .success(()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }.start()
        }
        guard case .failure(let failure) = result else { return }
        // The child names the server's file; the clerk knows their own name for it.
        let detail = failure.description.replacingOccurrences(of: input, with: clientName)
        switch failure.kind {
        case .unreadable: throw ServerError.unreadable(file: clientName, detail: detail, reason: .errorUnreadable)
        case .stopped: throw ServerError.unreadable(file: clientName, detail: detail, reason: .errorCrashed)
        case .timedOut: throw ServerError.unreadable(file: clientName, detail: detail, reason: .errorTimedOut)
        case .cannotStart: throw ServerError.internal(detail)
        }
    }
}

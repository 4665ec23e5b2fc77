import Foundation
import Testing

/// Runs the built `qingdan` binary (it sits beside the test bundle in the build folder).
struct CLI {
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // swift-testing runs from .build/<triple>/debug/QingdanPackageTests.xctest
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("qingdan").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("qingdan")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct CLITests {
    @Test func usageErrorsExitTwo() throws {
        let r = try CLI.run(["convert"])
        #expect(r.status == 2)
        let bad = try CLI.run(["convert", "x.txt", "-o", "out", "--format", "yaml"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown format 'yaml'"))
        // Several formats to stdout cannot be told apart.
        #expect(try CLI.run(["convert", "x.txt"]).status == 2)
    }

    @Test func helpShowsExamples() throws {
        for command in ["convert", "check", "diff", "inspect"] {
            let r = try CLI.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("qingdan \(command) "), "\(command) --help shows an example")
        }
    }

    @Test func unreadableInputExitsThreeNamingTheFile() throws {
        let dir = try temporaryDirectory()
        let missing = dir.appendingPathComponent("missing.pdf").path
        let r = try CLI.run(["convert", missing, "-o", dir.path])
        #expect(r.status == 3)
        #expect(r.stderr == "qingdan: \(missing): cannot read file\n")
        let binary = dir.appendingPathComponent("random.pdf")
        try Data([0x00, 0xFF, 0x13, 0x37, 0x00, 0x42]).write(to: binary)
        let r2 = try CLI.run(["check", binary.path])
        #expect(r2.status == 3)
        #expect(r2.stderr.hasPrefix("qingdan: \(binary.path): "))
        #expect(r2.stderr.split(separator: "\n").count == 1)
        // No partial output on failure.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["random.pdf"])
    }

    @Test func batchKeepsGoingPastABadFile() throws {
        let dir = try temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.pdf")
        try Data("%PDF-1.7 truncated".utf8).write(to: bad)
        let out = dir.appendingPathComponent("out")
        let good = packageRoot.appendingPathComponent("Samples/kouquan-cooperative.txt").path
        let r = try CLI.run(["convert", bad.path, good, "-o", out.path, "--format", "json"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("converted 1 of 2 files; 1 failed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["kouquan-cooperative.json"])
    }
}

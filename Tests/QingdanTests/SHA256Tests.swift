import Foundation
import Testing
@testable import Qingdan

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

extension SHA256Tests {
    /// Multi-block input: the sample PDF, against coreutils' sha256sum where it exists.
    @Test func matchesCoreutilsOnASample() throws {
        let path = packageRoot.appendingPathComponent("Samples/kouquan-cooperative.txt").path
        let expected = try #require(shell("sha256sum", path)?.split(separator: " ").first.map(String.init))
        #expect(SHA256.hex(of: try Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }

    /// Lengths around the 64-byte block and the 56-byte padding boundary, against coreutils.
    @Test func matchesCoreutilsAtBlockBoundaries() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sha256-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for length in [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000] {
            let data = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            let file = directory.appendingPathComponent("\(length).bin")
            try data.write(to: file)
            let expected = try #require(shell("sha256sum", file.path)?.split(separator: " ").first.map(String.init))
            #expect(SHA256.hex(of: data) == expected, "\(length) bytes")
        }
    }
}

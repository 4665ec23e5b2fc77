import Foundation
@testable import Qingdan

/// The package root: three levels up from this file (Tests/QingdanTests/TestSupport.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs a program found on PATH; returns its stdout, or nil when it cannot run or fails.
func shell(_ arguments: String...) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
}

/// `text` in a legacy Chinese character set (GB2312, GBK, GB18030), through iconv.
func encoded(_ text: String, as charset: String) -> [UInt8]? {
    TextDecoder.transcode(Array(text.utf8), from: "UTF-8", to: charset)
}

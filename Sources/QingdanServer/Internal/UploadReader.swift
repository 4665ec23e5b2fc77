import Foundation
import Hummingbird

/// Reads a request body into a file of the workspace, never more than the limit: a declared
/// Content-Length over the limit is refused before a byte is read, and a body that runs past it
/// (chunked, or lying about its length) is cut off as soon as it does.
struct UploadReader {
    var limit: Int

    func read(_ request: Request, into path: String) async throws -> Int {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw ServerError.tooLarge(limitMB: limit / 1_048_576)
        }
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ServerError.internal("cannot write the upload")
        }
        defer { try? handle.close() }
        var total = 0
        for try await buffer in request.body {
            total += buffer.readableBytes
            guard total <= limit else { throw ServerError.tooLarge(limitMB: limit / 1_048_576) }
            try handle.write(contentsOf: buffer.readableBytesView)
        }
        return total
    }
}

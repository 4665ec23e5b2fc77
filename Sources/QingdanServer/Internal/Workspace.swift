import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private folder (mode 0700, from mkdtemp) for one request's uploads and outputs, removed when
/// the response is done. Files in it get names the server chooses (`upload-1`, `out/`): a name the
/// client sent is never part of a path.
struct Workspace: Sendable {
    let path: String

    static func make(in parent: String) throws -> Workspace {
        var template = Array(((parent as NSString).appendingPathComponent("qingdan-request-XXXXXX")).utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else { throw ServerError.internal("cannot make a private temporary folder in \(parent)") }
        return Workspace(path: String(cString: template))
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

import Foundation

/// Writes a file all at once: to a temporary file beside it, then renamed into place, so a failed
/// or interrupted run never leaves half an output behind.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(QingdanError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw QingdanError(.unreadable, file: path, "cannot write output file")
        }
    }

    public static func write(_ text: String, to path: String) throws(QingdanError) {
        try write(Data(text.utf8), to: path)
    }
}

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
            // rename(2) replaces the target in one step: readers see the old file or the new one.
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw QingdanError(.unreadable, file: path, "cannot write output file")
        }
    }

    public static func write(_ text: String, to path: String) throws(QingdanError) {
        try write(Data(text.utf8), to: path)
    }
}

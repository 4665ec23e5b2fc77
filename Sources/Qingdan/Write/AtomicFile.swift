import Foundation

/// Writes a file all at once: to a temporary file beside it, then renamed into place, so a failed
/// or interrupted run never leaves half an output behind. A failure names the system's reason.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(QingdanError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        var reason: String?
        do {
            try data.write(to: temporary)
            // rename(2) replaces the target in one step: readers see the old file or the new one.
            if rename(temporary.path, url.path) == 0 { return }
            reason = SystemError.reason(errno: errno)
        } catch {
            reason = SystemError.reason(of: error) ?? Self.probe(directory: directory.path)
        }
        try? FileManager.default.removeItem(at: temporary)
        throw QingdanError(.unreadable, file: path, .cannotWrite(reason: reason ?? "\(directory.path)"))
    }

    public static func write(_ text: String, to path: String) throws(QingdanError) {
        try write(Data(text.utf8), to: path)
    }

    /// Why the directory refuses a file, asked of the system directly when Foundation's error
    /// does not say.
    private static func probe(directory: String) -> String? {
        if access(directory, F_OK) != 0 || access(directory, W_OK) != 0 { return SystemError.reason(errno: errno) }
        return nil
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files all at once: each to a temporary file beside it, then renamed into place, so a
/// failed or interrupted run never leaves half an output behind.
///
/// The temporary file is made like `mkstemp` makes it — an unpredictable name opened with
/// `O_CREAT | O_EXCL | O_NOFOLLOW` — so a symlink planted where it will be cannot redirect the
/// write; `rename` replaces a symlink at the target itself rather than following it. A signal
/// removes temporaries in flight (`Interruption`).
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(QingdanError) {
        try write([(data, path)])
    }

    public static func write(_ text: String, to path: String) throws(QingdanError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes all of `files` or none: every file goes to its temporary first, and only when all
    /// are written are they renamed; on a failure (a full disk) every temporary is removed and no
    /// target is touched. A failure names the system's reason.
    public static func write(_ files: [(data: Data, path: String)]) throws(QingdanError) {
        try write(files.map { file in (file.path, { (out: inout OutputBuffer) throws(QingdanError) in try out.append(file.data) }) })
    }

    /// The same, each file's bytes appended by its writer into an `OutputBuffer` that hands them to
    /// the temporary file in pieces as they come: a long list's outputs are never held whole.
    public static func write(
        _ files: [(path: String, write: (inout OutputBuffer) throws(QingdanError) -> Void)]
    ) throws(QingdanError) {
        var written: [TemporaryFile] = []
        defer { for temporary in written { temporary.discard() } }
        for (path, write) in files {
            let temporary = try TemporaryFile(beside: path)
            written.append(temporary)
            var out = OutputBuffer(file: temporary, target: path)
            try write(&out)
            try out.flush()
            guard temporary.close() else {
                throw QingdanError(.unreadable, file: path, .cannotWrite(reason: SystemError.reason(errno: errno)))
            }
        }
        for (index, temporary) in written.enumerated() {
            // rename(2) replaces the target in one step: readers see the old file or the new one.
            guard rename(temporary.path, files[index].path) == 0 else {
                throw QingdanError(.unreadable, file: files[index].path, .cannotWrite(reason: SystemError.reason(errno: errno)))
            }
            temporary.renamed()
        }
    }
}

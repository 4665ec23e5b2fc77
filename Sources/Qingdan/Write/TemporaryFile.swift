import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One temporary file, open for writing, known to `Interruption` until renamed or removed. Its
/// name is unpredictable and it is opened with `O_EXCL | O_NOFOLLOW` (what `mkstemp` does), so
/// a planted file or symlink is never written through.
final class TemporaryFile {
    let path: String
    private var descriptor: Int32
    private let slot: Int?
    private var isRenamed = false

    /// A temporary beside `target` (same folder, so that `rename` is atomic): `.NAME.XXXXXXXXXXXX`.
    convenience init(beside target: String) throws(QingdanError) {
        let url = URL(fileURLWithPath: target)
        try self.init(prefix: url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).").path,
                      naming: target, mode: 0o666)
    }

    /// A private file in the system's temporary folder, for a library that reads only from files.
    convenience init(privateCopyNaming file: String) throws(QingdanError) {
        try self.init(prefix: FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-").path, naming: file, mode: 0o600)
    }

    /// `prefix` plus twelve random characters; `target` names the file in errors.
    private init(prefix name: String, naming target: String, mode: mode_t) throws(QingdanError) {
        var descriptor: Int32 = -1
        var path = ""
        var slot: Int?
        for _ in 0..<100 {
            path = name + Self.randomSuffix()
            // Known to the signal handler before it exists: a signal between open and remember
            // would otherwise leave it behind.
            slot = Interruption.remember(file: path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0, Interruption.isDying {
                // The handler's unlink may have come before this open: remove it here and wait
                // for the signal to end the process.
                unlink(path)
                Interruption.awaitTheEnd()
            }
            if descriptor >= 0 { break }
            let failure = errno
            Interruption.forget(file: slot)
            slot = nil
            if failure != EEXIST { errno = failure; break }
        }
        guard descriptor >= 0 else {
            throw QingdanError(.unreadable, file: target, .cannotWrite(reason: SystemError.reason(errno: errno)))
        }
        self.path = path
        self.descriptor = descriptor
        self.slot = slot
    }

    /// Twelve random letters and digits: 62^12 names, not guessable from the PID.
    private static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    /// Writes all of `data` and closes the file.
    func write(_ data: Data) -> Bool {
        let complete = data.withUnsafeBytes { append($0) }
        return close() && complete
    }

    /// Writes all of `bytes` at the end of the file, which stays open; false (errno set) when
    /// the system would not take them (a full disk).
    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var pointer = bytes.baseAddress else { return true }
        var left = bytes.count
        while left > 0 {
            let count = Glibc.write(descriptor, pointer, left)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            pointer += count
            left -= count
        }
        return true
    }

    /// Closes the file; false (errno set) when the last bytes could not be written.
    func close() -> Bool {
        guard descriptor >= 0 else { return true }
        let closed = Glibc.close(descriptor) == 0
        descriptor = -1
        return closed
    }

    func renamed() {
        isRenamed = true
        Interruption.forget(file: slot)
    }

    func discard() {
        if descriptor >= 0 { Glibc.close(descriptor); descriptor = -1 }
        guard !isRenamed else { return }
        unlink(path)
        Interruption.forget(file: slot)
        isRenamed = true
    }
}

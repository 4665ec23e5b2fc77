import Foundation

/// The system's own words for a failed file operation (strerror), so a clerk reads
/// "Permission denied" or "No such file or directory" rather than only "cannot write".
public enum SystemError {
    public static func reason(errno code: Int32) -> String { String(cString: strerror(code)) }

    /// Creates `path` and the folders above it (mkdir -p); nil on success, else the system's
    /// reason for the first folder that could not be made ("Not a directory" when a file is in
    /// the way — Foundation says only "file exists").
    public static func makeDirectory(_ path: String) -> String? {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o777) == 0 { continue }
            let code = errno
            var status = stat()
            guard code == EEXIST, stat(current, &status) == 0 else { return reason(errno: code) }
            if status.st_mode & S_IFMT != S_IFDIR { return reason(errno: ENOTDIR) }
        }
        return nil
    }

    /// The POSIX reason inside a Foundation error, when it carries one.
    public static func reason(of error: Error) -> String? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return reason(errno: Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileReadNoSuchFile, .fileNoSuchFile: return reason(errno: ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return reason(errno: EACCES)
        case .fileWriteOutOfSpace: return reason(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return reason(errno: EROFS)
        default: return nil
        }
    }
}

import Foundation

/// The system's own words for a failed file operation (strerror), so a clerk reads
/// "Permission denied" or "No such file or directory" rather than only "cannot write".
public enum SystemError {
    public static func reason(errno code: Int32) -> String { String(cString: strerror(code)) }

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

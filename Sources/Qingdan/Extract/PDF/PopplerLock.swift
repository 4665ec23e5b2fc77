import Foundation

/// Serialises calls into poppler and cairo: their font caches are shared between documents, and
/// rendering two documents at once from different threads crashes (seen in parallel tests).
enum PopplerLock {
    private static let lock = NSLock()

    static func run<T>(_ body: () throws(QingdanError) -> T) throws(QingdanError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    static func run<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

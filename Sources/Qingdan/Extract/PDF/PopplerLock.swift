import Foundation

/// Serialises all work with poppler: poppler-glib promises no thread safety (its global parameters
/// and font caches are shared by all documents), and `ListReader` may be called from many tasks.
/// Parallel tests did pass without the lock; the price is that PDFs are read one at a time.
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

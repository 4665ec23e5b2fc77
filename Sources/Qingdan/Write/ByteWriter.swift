import Foundation

/// Where the escapers (JSON, Markdown, CSV) append bytes: an array, or a `ByteWriter`.
protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// The bytes of a long report being written: an append is a capacity check and a copy. (An
/// array's `append(contentsOf:)` costs some 100 instructions a call; a report of 20,000 rows
/// makes 400,000 of them.)
final class ByteWriter: ByteSink {
    private var storage: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 256)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        // A few bytes (a separator, a short cell) are cheaper copied than handed to memcpy.
        if bytes.count <= 8 {
            for i in 0..<bytes.count { storage[count + i] = source[i] }
        } else {
            (storage + count).update(from: source, count: bytes.count)
        }
        count += bytes.count
    }

    /// A constant's bytes (no `String` in between).
    @inline(__always)
    func append(_ text: StaticString) {
        // A one-character literal may be held as its scalar: withUTF8Buffer gives bytes for both.
        text.withUTF8Buffer { append(bytes: $0) }
    }

    /// Appends again the bytes written at `start..<end`.
    func appendCopy(from start: Int, to end: Int) {
        let n = end - start
        guard n > 0, start >= 0, end <= count else { return }
        if count + n > capacity { grow(to: count + n) }
        if n <= 8 {
            for i in 0..<n { storage[count + i] = storage[start + i] }
        } else {
            (storage + count).update(from: storage + start, count: n)
        }
        count += n
    }

    func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append(bytes: $0) } }

    /// Forgets the bytes written, keeping the storage: a writer renders each item into the same one.
    func removeAll() { count = 0 }

    /// The bytes written.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage, count: count))
    }

    private func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = larger
    }

    var data: Data { Data(bytes: storage, count: count) }

    /// The bytes written, handed over without a copy (a report of 20,000 rows is 8 MB: a copy
    /// is 2,000 fresh pages); the writer is empty after.
    func takeData() -> Data {
        let data = Data(bytesNoCopy: storage, count: count, deallocator: .custom { bytes, _ in bytes.deallocate() })
        capacity = 256
        storage = .allocate(capacity: capacity)
        count = 0
        return data
    }
}

/// Eight bytes at a time: whether a word of text holds a byte a writer must look at, so that
/// the common cell — Chinese text with nothing to escape — is copied whole. Each test is exact
/// (the classic "has zero byte" trick: a borrow reaches bit 7 of a byte only from a zero byte).
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is `byte`.
    @inline(__always)
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let v = word ^ (ones &* UInt64(byte))
        return (v &- ones) & ~v & highs != 0
    }

    /// Whether some byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func containsBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether every byte of `word` is ≥ 0x80 (a part of a multi-byte character).
    @inline(__always)
    static func allHigh(_ word: UInt64) -> Bool { word & highs == highs }

    /// Whether `wordTest` holds for some eight-byte word of `bytes` or `byteTest` for some byte
    /// of the tail.
    @inline(__always)
    static func any(_ bytes: UnsafeBufferPointer<UInt8>, word wordTest: (UInt64) -> Bool, byte byteTest: (UInt8) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            if wordTest(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return true }
            i += 8
        }
        while i < bytes.count {
            if byteTest(bytes[i]) { return true }
            i += 1
        }
        return false
    }
}

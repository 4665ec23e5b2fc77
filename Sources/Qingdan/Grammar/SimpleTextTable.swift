/// A fixed set of texts (header wordings, department names) looked up by their UTF-8 bytes rather
/// than as `String`s: hashing a `String` walks its canonical (NFC) form, some 2,000 instructions
/// for a short Chinese header (callgrind: the header-in-row check's `Set<String>` lookups were a
/// tenth of the validators). Exact where the text asked about is simple (`SimpleScalars`): every
/// such scalar is in NFC and composes with nothing (`ScalarPathTests` holds the simple set to
/// Unicode's data), so two simple texts are equal `String`s exactly when their bytes are equal.
/// A text in the table that is not simple is kept as a `String` too and asked by `String`.
struct SimpleTextTable<Value: Sendable>: Sendable {
    private var buckets: [UInt64: [(bytes: [UInt8], value: Value)]] = [:]
    /// Texts of the table that are not simple, compared as `String`s.
    private var others: [String: Value] = [:]

    init() {}

    /// The table of `entries`; where a text comes twice, its first value.
    init(_ entries: some Sequence<(String, Value)>) {
        for (text, value) in entries { insert(text, value) }
    }

    /// Adds `text` with `value` unless an equal `String` is in the table already; whether it was added.
    @discardableResult
    mutating func insert(_ text: String, _ value: Value) -> Bool {
        let simple = SimpleScalars.withBytes(of: text) { bytes -> (hash: UInt64, isNew: Bool)? in
            guard SimpleScalars.all(utf8: bytes) else { return nil }
            return (Self.hash(bytes), self.value(simpleUTF8: bytes) == nil)
        }
        if let (hash, isNew) = simple {
            guard isNew else { return false }
            buckets[hash, default: []].append((Array(text.utf8), value))
            return true
        }
        guard self.value(text) == nil else { return false }
        others[text] = value
        return true
    }

    /// The value of the text whose UTF-8 bytes are `bytes`, which must be simple.
    func value(simpleUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        if let bucket = buckets[Self.hash(bytes)] {
            for entry in bucket where entry.bytes.count == bytes.count {
                if entry.bytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return entry.value }
            }
        }
        guard !others.isEmpty else { return nil }
        return others[String(decoding: bytes, as: UTF8.self)]
    }

    /// The value of `text`, simple or not.
    func value(_ text: String) -> Value? {
        if let simple = SimpleScalars.withBytes(of: text, { bytes -> Value?? in
            SimpleScalars.all(utf8: bytes) ? .some(value(simpleUTF8: bytes)) : .none
        }) {
            return simple
        }
        // Not simple: ask every entry as a String (rare, and the table is small).
        if let value = others[text] { return value }
        for bucket in buckets.values {
            for entry in bucket where String(decoding: entry.bytes, as: UTF8.self) == text { return entry.value }
        }
        return nil
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

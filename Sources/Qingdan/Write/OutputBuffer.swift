import Foundation

/// The bytes a writer appends, handed on in pieces: into the temporary file of an `AtomicFile`
/// write as they gather, so that the JSON of a 1,000-page list is never held whole (nor as a
/// `String` plus its `Data` copy); or kept whole in memory (`init()`, `data`).
public struct OutputBuffer {
    /// Bytes appended since the last piece was handed on.
    var bytes: [UInt8] = []
    private let file: TemporaryFile?
    /// The output file named in errors.
    private let target: String

    /// Appended bytes are handed on once this many have gathered: large enough that the system
    /// calls cost nothing beside the rendering, small beside a long list's output.
    static let pieceSize = 1 << 16

    /// Keeps every byte in memory.
    public init() {
        file = nil
        target = ""
    }

    init(file: TemporaryFile, target: String) {
        self.file = file
        self.target = target
        bytes.reserveCapacity(Self.pieceSize + Self.pieceSize / 4)
    }

    /// Every byte appended, when the buffer keeps them in memory.
    public var data: Data { Data(bytes) }

    public mutating func append(_ data: Data) throws(QingdanError) {
        guard file != nil, data.count >= Self.pieceSize else {
            bytes.append(contentsOf: data)
            try flushIfFull()
            return
        }
        // A large piece (an XLSX archive) goes straight to the file, not through the buffer.
        try writeDirectly(data)
    }

    /// Hands the bytes on once a piece has gathered; writers call it between items.
    public mutating func flushIfFull() throws(QingdanError) {
        guard file != nil, bytes.count >= Self.pieceSize else { return }
        try flush()
    }

    /// Hands on every byte appended so far (nothing when the buffer keeps them in memory).
    mutating func flush() throws(QingdanError) {
        guard let file, !bytes.isEmpty else { return }
        guard bytes.withUnsafeBytes({ file.append($0) }) else { throw failure }
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func writeDirectly(_ data: Data) throws(QingdanError) {
        guard let file else { return }
        try flush()
        guard data.withUnsafeBytes({ file.append($0) }) else { throw failure }
    }

    /// The write that failed, with the system's reason.
    private var failure: QingdanError {
        QingdanError(.unreadable, file: target, .cannotWrite(reason: SystemError.reason(errno: errno)))
    }
}

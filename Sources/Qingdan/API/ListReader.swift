import Foundation

/// Reads one list from a file in any supported form and runs the whole pipeline:
/// extract → tokenize → normalize → validate.
///
///     let list = try ListReader().read(path: "kouquan-cooperative.pdf")
public struct ListReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// Reads the file at `path`. Errors name the file.
    public func read(path: String) throws(QingdanError) -> DutyList {
        let data = try InputFile.read(path)
        return try read(data: consume data, path: path)
    }

    /// Reads `data` that came from `path` (used for messages and `source.file`).
    /// `data` is taken over, so that a reader may let it go once it has decoded it (issue 10).
    public func read(data: consuming Data, path: String) throws(QingdanError) -> DutyList {
        // Said plainly: every form's reader would give a less telling message.
        guard data.contains(where: { !Self.isBlankByte($0) }) else {
            throw QingdanError(.noTable, file: path, data.isEmpty ? .emptyFile : .blankFile)
        }
        let format = options.format ?? InputFormat.detect(data)
        guard let format else {
            throw QingdanError(.unsupported, file: path, .notAListForm)
        }
        // Hashed on another thread while the reader runs (the machine's second core): the same
        // hex, without the hash's time before the reading.
        let hashing = BackgroundHash(copy data)
        let table = try extractTable(data: consume data, path: path, format: format)
        let source = SourceInfo(
            file: (path as NSString).lastPathComponent,
            format: format,
            sha256: hashing.hex(),
            pages: table.pageCount
        )
        var list = ListNormalizer().normalize(table, source: source)
        Validator().validate(&list, table: table)
        return list
    }

    private static func isBlankByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Runs only the Extract and Tokenize stages.
    public func extractTable(data: consuming Data, path: String, format: InputFormat) throws(QingdanError) -> RawTable {
        switch format {
        case .text: return try TextTableExtractor().extract(data: consume data, path: path)
        case .pdf: return try PDFTableExtractor(password: options.password).extract(data: data, path: path)
        case .html: return try HTMLTableExtractor().extract(data: data, path: path)
        case .docx: return try DOCXTableExtractor().extract(data: data, path: path)
        case .xlsx: throw QingdanError(.unsupported, file: path, .xlsxIsOutputForm)
        }
    }
}

/// `SHA256.hex(of:)` of a file's bytes, worked out on a thread of its own: `hex()` waits for it.
/// The hex is written before the group is left and read after it is waited for. A `Thread`, not
/// a global dispatch queue: a batch or the web app may have every pooled thread waiting in
/// `hex()`, and a hash queued behind them would never run.
private final class BackgroundHash: @unchecked Sendable {
    private let done = DispatchGroup()
    private var value = ""

    init(_ data: Data) {
        done.enter()
        let thread = Thread { [self] in
            value = SHA256.hex(of: data)
            done.leave()
        }
        thread.start()
    }

    /// May be called more than once: a group once left stays done.
    func hex() -> String {
        done.wait()
        return value
    }
}

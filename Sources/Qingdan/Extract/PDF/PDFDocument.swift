import CPoppler
import Foundation

/// A PDF opened with poppler-glib.
struct PDFDocument {
    private let document: GObjectReference
    /// The bytes poppler reads from when opened from memory; poppler keeps a reference too.
    private let bytes: GBytesReference?
    /// The same bytes opened for reading drawings (rules) without rendering; nil when poppler's
    /// interpreter cannot open them, and the rules then come from renderings.
    private let drawings: DrawingDocument?

    /// Opens `data`; `path` only names the file in errors.
    init(data: Data, password: String?, path: String) throws(QingdanError) {
        try self.init(data: data, bytes: GBytesReference(data), password: password, path: path)
    }

    /// Opens `data` from `buffer`, its bytes, without copying them: a 1,000-page list is not held
    /// twice. The document must be gone before `buffer` is (see `PDFTableExtractor`).
    init(data: Data, borrowing buffer: UnsafeRawBufferPointer, password: String?, path: String) throws(QingdanError) {
        try self.init(data: data, bytes: GBytesReference(borrowing: buffer), password: password, path: path)
    }

    private init(data: Data, bytes: GBytesReference, password: String?, path: String) throws(QingdanError) {
        guard data.starts(with: Array("%PDF-".utf8)) else {
            throw QingdanError(.unsupported, file: path, .notPDF)
        }
        _ = PopplerLog.installed
        do {
            // Opened without a password first: poppler 22.12's poppler_document_new_from_bytes
            // crashes when a wrong password is given (its retry with the UTF-8 password copies the
            // stream with a failing cast), so a password goes only to poppler_document_new_from_file.
            document = try Self.open(path: path) { error in poppler_document_new_from_bytes(bytes.pointer, nil, error) }
            self.bytes = bytes
            drawings = DrawingDocument(bytes: bytes, password: nil)
        } catch let error where error.kind == .encrypted {
            guard let password else { throw error }
            document = try Self.openEncrypted(data: data, password: password, path: path)
            self.bytes = nil
            drawings = DrawingDocument(bytes: bytes, password: password)
        }
    }

    var pageCount: Int {
        Int(poppler_document_get_n_pages(document.pointer))
    }

    /// The page at a 0-based `index`; `path` names the file in the error when poppler cannot load it.
    func loadPage(at index: Int, path: String) throws(QingdanError) -> PDFPage {
        guard index >= 0, index < pageCount, let page = poppler_document_get_page(document.pointer, Int32(index)) else {
            throw QingdanError(.unsupported, file: path, location: .page(index + 1), .damagedPage)
        }
        let loaded = PDFPage(reference: GObjectReference(page), number: index + 1, owner: document, drawings: drawings)
        let (width, height) = loaded.size
        // A MediaBox written with hundreds of digits reads as infinity; every later conversion of
        // the size to pixels would trap.
        guard width.isFinite, height.isFinite, width > 0, height > 0,
              width <= PDFPage.largestSide, height <= PDFPage.largestSide else {
            throw QingdanError(.unsupported, file: path, location: .page(index + 1),
                               .impossiblePageSize(width: Self.points(width), height: Self.points(height)))
        }
        return loaded
    }

    /// A page dimension for a message: a huge or non-finite one stays short.
    private static func points(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "∞" : "-∞" }
        return abs(value) < 1e9 ? String(Int(value.rounded())) : String(format: "%.3g", value)
    }

    /// Opens an encrypted PDF from a private temporary copy of `data`.
    private static func openEncrypted(data: Data, password: String, path: String) throws(QingdanError) -> GObjectReference {
        let copy = try TemporaryFile(privateCopyNaming: path)
        // poppler keeps the file open, so it can be unlinked once opened.
        defer { copy.discard() }
        guard copy.write(data) else {
            throw QingdanError(.unreadable, file: path, .cannotCopyToDecrypt)
        }
        let uri = URL(fileURLWithPath: copy.path).absoluteString
        return try open(path: path) { error in poppler_document_new_from_file(uri, password, error) }
    }

    private static func open(
        path: String,
        _ body: (UnsafeMutablePointer<UnsafeMutablePointer<GError>?>) -> OpaquePointer?
    ) throws(QingdanError) -> GObjectReference {
        var error: UnsafeMutablePointer<GError>?
        if let opened = body(&error) {
            return GObjectReference(opened)
        }
        let code = error?.pointee.code ?? 0
        let reason = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown reason"
        if let error { g_error_free(error) }
        if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            throw QingdanError(.encrypted, file: path, .encryptedPDF)
        }
        throw QingdanError(.unsupported, file: path, .damagedPDF(reason: reason))
    }
}

/// Owns a GBytes of the file's bytes: a copy, or a view of bytes that outlive it.
final class GBytesReference {
    let pointer: OpaquePointer

    init(_ data: Data) {
        pointer = data.withUnsafeBytes { buffer in
            g_bytes_new(buffer.baseAddress, gsize(buffer.count))
        }
    }

    /// The bytes of `buffer` without a copy; they must stay valid as long as this and everything
    /// poppler opened from it.
    init(borrowing buffer: UnsafeRawBufferPointer) {
        pointer = g_bytes_new_static(buffer.baseAddress, gsize(buffer.count))
    }

    deinit {
        g_bytes_unref(pointer)
    }
}

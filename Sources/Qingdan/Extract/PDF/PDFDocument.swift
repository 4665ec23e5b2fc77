import CPoppler
import Foundation

/// A PDF opened with poppler-glib.
struct PDFDocument {
    private let document: GObjectReference
    /// The bytes poppler reads from; poppler does not copy them, so they live as long as the document.
    private let bytes: GBytesReference

    /// Opens `data`; `path` only names the file in errors.
    init(data: Data, password: String?, path: String) throws(QingdanError) {
        guard data.starts(with: Array("%PDF-".utf8)) else {
            throw QingdanError(.unsupported, file: path, "not a PDF file")
        }
        let bytes = GBytesReference(data)
        var error: UnsafeMutablePointer<GError>?
        let opened = poppler_document_new_from_bytes(bytes.pointer, password, &error)
        guard let opened else {
            let code = error?.pointee.code ?? 0
            let reason = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown reason"
            if let error { g_error_free(error) }
            if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                let message = password == nil ? "encrypted PDF; pass --password" : "encrypted PDF; wrong password, pass --password"
                throw QingdanError(.encrypted, file: path, message)
            }
            throw QingdanError(.unsupported, file: path, "damaged or truncated PDF (\(reason))")
        }
        self.document = GObjectReference(opened)
        self.bytes = bytes
    }

    var pageCount: Int {
        Int(poppler_document_get_n_pages(document.pointer))
    }

    /// The page at a 0-based `index`; `path` names the file in the error when poppler cannot load it.
    func loadPage(at index: Int, path: String) throws(QingdanError) -> PDFPage {
        guard index >= 0, index < pageCount, let page = poppler_document_get_page(document.pointer, Int32(index)) else {
            throw QingdanError(.unsupported, file: path, location: "page \(index + 1)", "damaged page")
        }
        return PDFPage(reference: GObjectReference(page), number: index + 1, owner: document)
    }
}

/// Owns a GBytes copy of the file's bytes.
final class GBytesReference {
    let pointer: OpaquePointer

    init(_ data: Data) {
        pointer = data.withUnsafeBytes { buffer in
            g_bytes_new(buffer.baseAddress, gsize(buffer.count))
        }
    }

    deinit {
        g_bytes_unref(pointer)
    }
}

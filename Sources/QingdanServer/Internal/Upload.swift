import Foundation
import Hummingbird

/// One request's uploaded files, stored in its private workspace under server-chosen names.
struct Upload: Sendable {
    struct File: Sendable {
        var path: String
        var name: ClientName
        var isPDF: Bool
    }

    let workspace: Workspace
    let files: [String: File]

    /// Reads the multipart body of `request` (at most `limit` bytes) and keeps the parts named in
    /// `fields`. Removes the workspace again when anything fails.
    static func receive(_ request: Request, fields: [String], limit: Int, temporaryDirectory: String) async throws -> Upload {
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else {
            throw ServerError.badRequest(.errorNotMultipart)
        }
        let workspace = try Workspace.make(in: temporaryDirectory)
        do {
            let bodyPath = workspace.file("body")
            _ = try await UploadReader(limit: limit).read(request, into: bodyPath)
            let body = try Data(contentsOf: URL(fileURLWithPath: bodyPath), options: .alwaysMapped)
            guard let form = MultipartForm(body: body, boundary: boundary) else {
                throw ServerError.badRequest(.errorNotMultipart)
            }
            var files: [String: File] = [:]
            for (index, field) in fields.enumerated() {
                guard let part = form.part(field), part.filename != nil || !part.data.isEmpty else { continue }
                let path = workspace.file("upload-\(index + 1)")
                try part.data.write(to: URL(fileURLWithPath: path))
                let isPDF = part.data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil
                files[field] = File(path: path, name: ClientName(part.filename, fallback: field), isPDF: isPDF)
            }
            try? FileManager.default.removeItem(atPath: bodyPath)
            return Upload(workspace: workspace, files: files)
        } catch {
            workspace.remove()
            throw error
        }
    }
}

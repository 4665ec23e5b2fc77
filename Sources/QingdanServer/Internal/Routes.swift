import Foundation
import Hummingbird
import Qingdan

/// Every route of the app. Pages: `GET /` (the three views), `/app.css`, `/app.js`. Page actions
/// stream their progress: `POST /ui/convert`, `/ui/check`, `/ui/diff`. The JSON API for other
/// systems: `POST /api/convert`, `/api/diff`. New views register here the same way.
struct Routes: Sendable {
    let configuration: ServerConfiguration
    let queue: ConversionQueue

    var converter: Converter { Converter(executable: configuration.executable, limits: configuration.limits) }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            let text = PageText(PageText.Language(query: request.uri.queryParameters.get("lang")))
            return Self.respond(IndexPage(text: text, maxUploadMB: configuration.maxUploadBytes / 1_048_576,
                                         datasetTab: configuration.dataset != nil).html,
                                type: "text/html; charset=utf-8")
        }
        router.get("/app.css") { _, _ in Self.respond(Stylesheet.css, type: "text/css; charset=utf-8") }
        router.get("/app.js") { _, _ in Self.respond(Script.js, type: "text/javascript; charset=utf-8") }
        router.get("/healthz") { _, _ in Self.respond("ok\n", type: "text/plain; charset=utf-8") }

        router.post("/ui/convert") { request, _ in try await page(request, fields: ["file"], work: convertPage) }
        router.post("/ui/check") { request, _ in try await page(request, fields: ["file"], work: checkPage) }
        router.post("/ui/diff") { request, _ in try await page(request, fields: ["old", "new"], work: diffPage) }

        router.post("/api/convert") { request, _ in try await api(request, fields: ["file"], work: convertAPI) }
        router.post("/api/diff") { request, _ in try await api(request, fields: ["old", "new"], work: diffAPI) }
    }

    // MARK: Pages

    typealias PageWork = @Sendable (Upload, PageText, @escaping @Sendable (Event) -> Void) async throws -> Event

    /// Receives the upload, then streams the queue position, the steps and the result as NDJSON.
    /// A refused upload (too large, not multipart) is a 4xx before any streaming starts.
    private func page(_ request: Request, fields: [String], work: @escaping PageWork) async throws -> Response {
        let text = PageText(PageText.Language(query: request.uri.queryParameters.get("lang")))
        let upload: Upload
        do {
            upload = try await Upload.receive(request, fields: fields, limit: configuration.maxUploadBytes,
                                              temporaryDirectory: configuration.temporaryDirectory)
        } catch {
            return Self.errorResponse(error, text)
        }
        let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        // The work owns the workspace: it is removed when the work ends, even if the browser left.
        Task {
            defer {
                upload.workspace.remove()
                continuation.finish()
            }
            let emit: @Sendable (Event) -> Void = { continuation.yield($0.line) }
            do {
                let result = try await queue.run(position: { emit(.queued($0)) }) {
                    emit(.step("converting"))
                    return try await work(upload, text, emit)
                }
                emit(result)
            } catch is ConversionQueue.Full {
                emit(.failure(ServerError.busy, text))
            } catch {
                emit(.failure(error, text))
            }
        }
        return Response(status: .ok,
                        headers: [.contentType: "application/x-ndjson; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody(asyncSequence: stream))
    }

    private func convertPage(_ upload: Upload, _ text: PageText, _ emit: @escaping @Sendable (Event) -> Void) async throws -> Event {
        guard let file = upload.files["file"] else { throw ServerError.badRequest(.errorNoFile) }
        let converted = try await converter.convert(input: file.path, directory: upload.workspace.file("out"),
                                                    clientName: file.name.display, language: text.library)
        let list = converted.list
        let labels: [String: (PageText.Key, String)] = [
            "xlsx": (.downloadXLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "csv": (.downloadCSV, "text/csv;charset=utf-8"),
            "clauses.csv": (.downloadClausesCSV, "text/csv;charset=utf-8"),
            "json": (.downloadJSON, "application/json"),
            "md": (.downloadMarkdown, "text/markdown;charset=utf-8"),
        ]
        var files: [Event.Download] = []
        for suffix in ["xlsx", "csv", "clauses.csv", "json", "md"] {
            guard let output = converted.outputs.first(where: { $0.suffix == suffix }), let label = labels[suffix] else { continue }
            files.append(Event.Download(name: "\(file.name.stem).\(suffix)", label: text[label.0], mime: label.1,
                                        base64: output.data.base64EncodedString()))
        }
        return Event(event: "done", html: ListTableHTML(text: text).render(list), summary: summary(list, text),
                     items: list.items.count, files: files)
    }

    private func checkPage(_ upload: Upload, _ text: PageText, _ emit: @escaping @Sendable (Event) -> Void) async throws -> Event {
        guard let file = upload.files["file"] else { throw ServerError.badRequest(.errorNoFile) }
        guard file.isPDF else { throw ServerError.unreadable(file: file.name.display, detail: "", reason: .errorNotPDF) }
        let converted = try await converter.convert(input: file.path, directory: upload.workspace.file("out"),
                                                    clientName: file.name.display, language: text.library, formats: "json")
        emit(.step("rendering"))
        let pages = try await converter.inspectPages(input: file.path, directory: upload.workspace.file("pages"),
                                                     clientName: file.name.display)
        return Event(event: "done", html: CheckPageHTML(text: text).render(converted.list, pages: pages),
                     summary: summary(converted.list, text), items: converted.list.items.count)
    }

    private func diffPage(_ upload: Upload, _ text: PageText, _ emit: @escaping @Sendable (Event) -> Void) async throws -> Event {
        let diff = try await compare(upload, language: text.library)
        let stem = "\(upload.files["old"]?.name.stem ?? "old")-\(upload.files["new"]?.name.stem ?? "new").diff"
        let html = DiffHTMLWriter(language: text.library).render(diff)
        let files = [
            Event.Download(name: "\(stem).html", label: text[.downloadHTMLReport], mime: "text/html;charset=utf-8",
                           base64: Data(html.utf8).base64EncodedString()),
            Event.Download(name: "\(stem).md", label: text[.downloadMarkdownReport], mime: "text/markdown;charset=utf-8",
                           base64: Data(DiffMarkdownWriter(language: text.library).render(diff).utf8).base64EncodedString()),
            Event.Download(name: "\(stem).json", label: text[.downloadJSONReport], mime: "application/json",
                           base64: Data(DiffJSONWriter().render(diff).utf8).base64EncodedString()),
        ]
        let counts = text.format(.diffSummary, String(diff.removed.count), String(diff.added.count),
                                 String(diff.modified.count), String(diff.renumbered))
        return Event(event: "done", html: html, summary: diff.isEmpty ? text[.diffSame] : counts,
                     items: diff.removed.count + diff.added.count + diff.modified.count, files: files)
    }

    private func summary(_ list: DutyList, _ text: PageText) -> String {
        let count = { (severity: Finding.Severity) in list.findings.filter { $0.severity == severity }.count }
        return [text.format(.itemCount, String(list.items.count)), text.format(.errorCount, String(count(.error))),
                text.format(.warningCount, String(count(.warning))), text.format(.infoCount, String(count(.info)))]
            .joined(separator: " · ")
    }

    /// Both editions converted in children (one after the other, in one slot), compared here: the
    /// diff reads only the canonical JSON.
    private func compare(_ upload: Upload, language: Language) async throws -> ListDiff {
        guard let old = upload.files["old"], let new = upload.files["new"] else { throw ServerError.badRequest(.errorNeedTwo) }
        let first = try await converter.convert(input: old.path, directory: upload.workspace.file("old"),
                                                clientName: old.name.display, language: language, formats: "json")
        let second = try await converter.convert(input: new.path, directory: upload.workspace.file("new"),
                                                 clientName: new.name.display, language: language, formats: "json")
        return ListDiffer().diff(first.list, second.list)
    }

    // MARK: JSON API

    typealias APIWork = @Sendable (Upload, Language) async throws -> Data

    /// Receives, waits for a slot, converts; answers the JSON or a 4xx with `{"error": {...}}`.
    private func api(_ request: Request, fields: [String], work: @escaping APIWork) async throws -> Response {
        let text = PageText(PageText.Language(query: request.uri.queryParameters.get("lang")))
        do {
            let upload = try await Upload.receive(request, fields: fields, limit: configuration.maxUploadBytes,
                                                  temporaryDirectory: configuration.temporaryDirectory)
            defer { upload.workspace.remove() }
            let data = try await queue.run(position: { _ in }) { try await work(upload, text.library) }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        } catch is ConversionQueue.Full {
            return Self.errorResponse(ServerError.busy, text)
        } catch {
            return Self.errorResponse(error, text)
        }
    }

    private func convertAPI(_ upload: Upload, _ language: Language) async throws -> Data {
        guard let file = upload.files["file"] else { throw ServerError.badRequest(.errorNoFile) }
        let converted = try await converter.convert(input: file.path, directory: upload.workspace.file("out"),
                                                    clientName: file.name.display, language: language, formats: "json")
        // The canonical JSON exactly as `qingdan convert` wrote it.
        return converted.outputs.first { $0.suffix == "json" }?.data ?? Data()
    }

    private func diffAPI(_ upload: Upload, _ language: Language) async throws -> Data {
        Data(DiffJSONWriter().render(try await compare(upload, language: language)).utf8)
    }

    // MARK: Responses

    static func respond(_ body: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    struct ErrorBody: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
            var detail: String?
        }
        var error: Detail
    }

    static func errorResponse(_ error: any Error, _ text: PageText) -> Response {
        let server = error as? ServerError ?? .internal("\(error)")
        let body = ErrorBody(error: .init(status: server.status.code, message: server.message(text), detail: server.detail))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body)) ?? Data()
        // An upload refused early leaves the rest of its body unread: close the connection after.
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if case .tooLarge = server { headers[.connection] = "close" }
        return Response(status: server.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

import Foundation
import Hummingbird
import Qingdan
import QingdanDataset

/// The dataset's routes (`qingdan serve --dataset FILE`, read-only): the page `GET /dataset`,
/// and for other systems `GET /api/dataset/lists` (the lists and departments to choose from) and
/// `GET /api/dataset/{department,history,compare,summary}?…&format=json|csv|xlsx|md` (the report).
struct DatasetRoutes: Sendable {
    let dataset: Dataset

    func register(on router: Router<BasicRequestContext>) {
        router.get("/dataset") { request, _ in
            let text = PageText(PageText.Language(query: request.uri.queryParameters.get("lang")))
            let query = DatasetQuery { request.uri.queryParameters.get($0) }
            return try await Self.work { page(query, text) }
        }
        router.get("/api/dataset/lists") { request, _ in
            let text = PageText(PageText.Language(query: request.uri.queryParameters.get("lang")))
            return try await Self.work { listsAPI(text) }
        }
        for view in DatasetQuery.View.allCases {
            router.get("/api/dataset/\(view.rawValue)") { request, _ in
                let text = PageText(PageText.Language(query: request.uri.queryParameters.get("lang")))
                var asked = DatasetQuery { request.uri.queryParameters.get($0) }
                asked.view = view
                let query = asked, format = request.uri.queryParameters.get("format") ?? "json"
                return try await Self.work { report(query, format: format, text) }
            }
        }
    }

    /// SQLite reads block: off the server's event loops.
    private static func work(_ body: @escaping @Sendable () -> Response) async throws -> Response {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }

    private func page(_ query: DatasetQuery, _ text: PageText) -> Response {
        let dataset = self.dataset.in(text.library)
        do {
            let answer: Result<ReportTable, DatasetError>?
            if query.isAsked {
                do { answer = .success(try query.answer(dataset)) } catch { answer = .failure(error) }
            } else {
                answer = nil
            }
            let html = DatasetPage(text: text, query: query, file: (dataset.path as NSString).lastPathComponent,
                                   lists: try dataset.lists(), departments: try dataset.departmentNames(), answer: answer).html
            return Routes.respond(html, type: "text/html; charset=utf-8")
        } catch {
            return Routes.errorResponse(ServerError.internal(error.message), text)
        }
    }

    private func listsAPI(_ text: PageText) -> Response {
        let dataset = self.dataset.in(text.library)
        do {
            let lists = try dataset.lists().map { list in
                JSONValue.object([
                    ("id", .int(Int(list.id))), ("title", .string(list.title)), ("region", .string(list.region)),
                    ("township", list.township.map(JSONValue.string) ?? .null), ("kind", .string(list.kind.rawValue)),
                    ("edition", .string(list.edition)), ("items", .int(list.items)),
                ])
            }
            let body = JSONValue.object([("lists", .array(lists)),
                                         ("departments", .array(try dataset.departmentNames().map(JSONValue.string)))]).rendered()
            return Self.data(Data((body + "\n").utf8), type: "application/json; charset=utf-8")
        } catch {
            return Routes.errorResponse(ServerError.internal(error.message), text)
        }
    }

    private func report(_ query: DatasetQuery, format: String, _ text: PageText) -> Response {
        guard query.isAsked else { return Routes.errorResponse(ServerError.badRequest(.errorQueryIncomplete), text) }
        do {
            let table = try query.answer(dataset.in(text.library))
            let name = "\(query.view.rawValue).\(format)"
            switch format {
            case "json": return Self.data(table.jsonData(), type: "application/json; charset=utf-8")
            case "csv": return Self.data(table.csvData(), type: "text/csv; charset=utf-8", download: name)
            case "md": return Self.data(table.markdownData(), type: "text/markdown; charset=utf-8", download: name)
            case "xlsx":
                return Self.data(try table.xlsx(), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download: name)
            default: return Routes.errorResponse(ServerError.badRequest(.errorReportFormat), text)
            }
        } catch let error as DatasetError {
            return Routes.errorResponse(ServerError.datasetQuery(error.message), text)
        } catch {
            return Routes.errorResponse(ServerError.internal("\(error)"), text)
        }
    }

    private static func data(_ data: Data, type: String, download: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-cache"]
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

import HTTPTypes

/// What a request can fail with, as the status and a message for the clerk.
enum ServerError: Error {
    /// The upload is bigger than `--max-upload-mb`.
    case tooLarge(limitMB: Int)
    /// The request is not what the route takes (no file, not multipart …); the message names what is missing.
    case badRequest(PageText.Key)
    /// The file could not be converted: its own message (from the converter) and what kind of failure.
    case unreadable(file: String, detail: String, reason: PageText.Key)
    /// Too many requests already waiting.
    case busy
    /// A dataset query that names nothing there (no such department, item or list): its message.
    case datasetQuery(String)
    case `internal`(String)

    var status: HTTPResponse.Status {
        switch self {
        case .tooLarge: return .contentTooLarge
        case .badRequest: return .badRequest
        case .unreadable: return .unprocessableContent
        case .busy: return .tooManyRequests
        case .datasetQuery: return .notFound
        case .internal: return .internalServerError
        }
    }

    /// The sentence shown to the clerk, in `language`.
    func message(_ text: PageText) -> String {
        switch self {
        case .tooLarge(let limit): return text.format(.errorTooLarge, String(limit))
        case .badRequest(let key): return text[key]
        case .unreadable(let file, _, let reason): return text.format(reason, file)
        case .busy: return text[.errorBusy]
        case .datasetQuery(let message): return message
        case .internal: return text[.errorInternal]
        }
    }

    /// The converter's own words, for the curious and for bug reports.
    var detail: String? {
        switch self {
        case .unreadable(_, let detail, _): return detail
        case .internal(let detail): return detail
        default: return nil
        }
    }
}

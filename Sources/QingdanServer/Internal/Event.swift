import Foundation
import NIOCore

/// One line of a page request's progress stream (`application/x-ndjson`): where the file is in the
/// queue, that it is converting, then the result or the error.
struct Event: Encodable, Sendable {
    var event: String
    var position: Int?
    var message: String?
    var detail: String?
    var html: String?
    var summary: String?
    var items: Int?
    var files: [Download]?

    struct Download: Encodable, Sendable {
        /// The name to save as (the clerk's own file name with the format's suffix).
        var name: String
        var label: String
        var mime: String
        var base64: String
    }

    static func queued(_ position: Int) -> Event { Event(event: "queued", position: position) }
    static func step(_ name: String) -> Event { Event(event: name) }

    static func failure(_ error: any Error, _ text: PageText) -> Event {
        let server = error as? ServerError ?? .internal("\(error)")
        return Event(event: "error", message: server.message(text), detail: server.detail)
    }

    var line: ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(self)) ?? Data("{\"event\":\"error\"}".utf8)
        data.append(0x0A)
        return ByteBuffer(bytes: data)
    }
}

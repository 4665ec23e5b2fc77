import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Qingdan
import QingdanServer
import Testing

/// `qingdan serve`'s routes through HummingbirdTesting, with the built `qingdan` as the child. The
/// truths are the CLI's own outputs in `Output/` (made by `make run`, in-process, not through the
/// server), the reference cells read from the Word file, and the sample's changes file.
@Suite("Server routes")
struct ServerRouteTests {
    // MARK: Pages

    @Test("the page is Chinese by default, English on ?lang=en, with no external resources")
    func pages() async throws {
        try await ServerHarness().test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("lang=\"zh-CN\""))
                for word in ["转换", "核对原件", "比较版本", "选择文件"] { #expect(page.contains(word)) }
                #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
            }
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("lang=\"en\"") && page.contains("Compare editions"))
            }
            for (uri, type) in [("/app.css", "text/css"), ("/app.js", "text/javascript")] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true)
                    #expect(!String(buffer: response.body).contains("://"), "\(uri) loads nothing from elsewhere")
                }
            }
        }
    }

    // MARK: JSON API

    @Test("POST /api/convert gives the canonical JSON the CLI writes, byte for byte")
    func apiConvert() async throws {
        let pdf = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.pdf"))
        let expected = try Data(contentsOf: packageRoot.appendingPathComponent("Output/kouquan-cooperative.json"))
        let reference = try ReferenceCells.load("kouquan-cooperative")
        try await ServerHarness().test { client in
            let form = Multipart([("file", "kouquan-cooperative.pdf", pdf)])
            try await client.execute(uri: "/api/convert", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                let data = Data(buffer: response.body)
                #expect(data == expected)
                let list = try EditionReader().decode(data, path: "api.json")
                #expect(list.items.map(\.number) == reference.rows.map(\.number))
                #expect(list.items.count == 100)
            }
        }
    }

    @Test("bad files get a 422 with a Chinese message naming the file; a request without a file a 400")
    func apiBadFiles() async throws {
        var random = SplitMix64(seed: 12)
        let noise = Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        let pdf = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.pdf"))
        try await ServerHarness().test { client in
            for (name, bytes) in [("随机.pdf", noise), ("截断.pdf", pdf.prefix(pdf.count / 3)), ("空白.txt", Data("  \n".utf8))] {
                let form = Multipart([("file", name, Data(bytes))])
                try await client.execute(uri: "/api/convert", method: .post, headers: form.headers, body: form.body) { response in
                    #expect(response.status == .unprocessableContent, "\(name)")
                    let error = try ErrorBody(response)
                    #expect(error.message.contains("无法读取「\(name)」"), "\(error.message)")
                    #expect(error.status == 422)
                }
            }
            let empty = Multipart([("other", "x.txt", Data("x".utf8))])
            try await client.execute(uri: "/api/convert", method: .post, headers: empty.headers, body: empty.body) { response in
                #expect(response.status == .badRequest)
                let refusal = try ErrorBody(response)
                #expect(refusal.message == "请求里没有文件。")
            }
            try await client.execute(uri: "/api/convert", method: .post, headers: [.contentType: "application/pdf"],
                                     body: ByteBuffer(bytes: pdf.prefix(100))) { response in
                #expect(response.status == .badRequest)
                let refusal = try ErrorBody(response)
                #expect(refusal.message.contains("multipart/form-data"))
            }
            try await client.execute(uri: "/api/convert?lang=en", method: .post, headers: [.contentType: "text/plain"]) { response in
                let refusal = try ErrorBody(response)
                #expect(refusal.message.hasPrefix("Wrong request"))
            }
        }
    }

    @Test("an upload over the limit is refused with 413 — by its Content-Length, or as it streams past the cap")
    func uploadLimit() async throws {
        let big = Data(repeating: 0x41, count: 1_048_576 + 10)
        try await ServerHarness(maxUploadBytes: 1_048_576).test { client in
            let form = Multipart([("file", "大.pdf", big)])
            try await client.execute(uri: "/api/convert", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .contentTooLarge)
                let refusal = try ErrorBody(response)
                #expect(refusal.message.contains("文件太大：上限是 1 MB"))
            }
            // A lying Content-Length: the byte cap while streaming still stops it.
            var headers = form.headers
            headers[.contentLength] = "1000"
            try await client.execute(uri: "/ui/convert", method: .post, headers: headers, body: form.body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test("POST /api/diff gives the CLI's diff JSON, which finds the six changes the sample's changes file lists")
    func apiDiff() async throws {
        let old = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.pdf"))
        let new = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative-rev.pdf"))
        let expected = try Data(contentsOf: packageRoot.appendingPathComponent("Output/kouquan-cooperative.diff.json"))
        let changes = try JSONSerialization.jsonObject(with: Data(contentsOf: ReferenceCells.sample("kouquan-cooperative-rev.changes.json"))) as? [String: Any]
        let truth = Dictionary(uniqueKeysWithValues: ["removed", "added", "modified"].map { key in
            (key, (changes?[key] as? [[String: Any]])?.map(Self.numbers) ?? [])
        })
        try await ServerHarness().test { client in
            let form = Multipart([("old", "kouquan-cooperative.pdf", old), ("new", "kouquan-cooperative-rev.pdf", new)])
            try await client.execute(uri: "/api/diff", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                let data = Data(buffer: response.body)
                #expect(data == expected)
                let diff = try JSONSerialization.jsonObject(with: data) as? [String: Any]
                for key in ["removed", "added", "modified"] {
                    let got = (diff?[key] as? [[String: Any]])?.map(Self.numbers) ?? []
                    let want = truth[key] ?? []
                    #expect(got == want && !want.isEmpty, "\(key)")
                }
            }
            let one = Multipart([("old", "a.pdf", old)])
            try await client.execute(uri: "/api/diff", method: .post, headers: one.headers, body: one.body) { response in
                #expect(response.status == .badRequest)
                let refusal = try ErrorBody(response)
                #expect(refusal.message == "请选择旧版和新版两个文件。")
            }
        }
    }

    private static func numbers(_ entry: [String: Any]) -> String {
        "\(entry["old_number"] ?? "-")→\(entry["new_number"] ?? "-")"
    }

    // MARK: Page actions

    @Test("POST /ui/convert streams the steps, then the table with every item and the five downloads under the clerk's name")
    func uiConvert() async throws {
        let pdf = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.pdf"))
        let csv = try Data(contentsOf: packageRoot.appendingPathComponent("Output/kouquan-cooperative.csv"))
        try await ServerHarness().test { client in
            let form = Multipart([("file", "口泉乡.pdf", pdf)])
            try await client.execute(uri: "/ui/convert", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                let events = try Events(response)
                #expect(events.names.first == "converting" && events.names.last == "done")
                let done = try #require(events.last)
                #expect(done["items"] as? Int == 100)
                let html = try #require(done["html"] as? String)
                #expect(html.components(separatedBy: " data-number=").count - 1 == 100)
                let files = (done["files"] as? [[String: Any]]) ?? []
                #expect(files.compactMap { $0["name"] as? String } ==
                        ["口泉乡.xlsx", "口泉乡.csv", "口泉乡.clauses.csv", "口泉乡.json", "口泉乡.md"])
                let csvBytes = files.first { $0["name"] as? String == "口泉乡.csv" }.flatMap { ($0["base64"] as? String).flatMap { Data(base64Encoded: $0) } }
                #expect(csvBytes == csv)
            }
        }
    }

    @Test("POST /ui/check draws every page of a PDF beside its items; a DOCX is told it is not a PDF")
    func uiCheck() async throws {
        let pdf = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.pdf"))
        let docx = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.docx"))
        let pages = try #require(try EditionReader().read(path: packageRoot.appendingPathComponent("Output/kouquan-cooperative.json").path).source.pages)
        try await ServerHarness().test { client in
            let form = Multipart([("file", "kouquan-cooperative.pdf", pdf)])
            try await client.execute(uri: "/ui/check", method: .post, headers: form.headers, body: form.body) { response in
                let events = try Events(response)
                #expect(events.names.contains("rendering"))
                let html = try #require(events.last?["html"] as? String)
                #expect(html.components(separatedBy: "<section class=\"page\"").count - 1 == pages)
                #expect(html.components(separatedBy: "src=\"data:image/png;base64,iVBORw0KGgo").count - 1 == pages)
                // Items that run over a page break are shown beside both pages.
                #expect(html.components(separatedBy: " data-number=").count - 1 >= 100)
            }
            let word = Multipart([("file", "清单.docx", docx)])
            try await client.execute(uri: "/ui/check", method: .post, headers: word.headers, body: word.body) { response in
                let events = try Events(response)
                #expect(events.last?["event"] as? String == "error")
                #expect(events.last?["message"] as? String == "「清单.docx」不是 PDF 文件，核对原件只适用于 PDF。")
            }
        }
    }

    @Test("POST /ui/diff gives the report and its three downloads")
    func uiDiff() async throws {
        let old = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.docx"))
        let new = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative-rev.docx"))
        try await ServerHarness().test { client in
            let form = Multipart([("old", "2024.docx", old), ("new", "2025.docx", new)])
            try await client.execute(uri: "/ui/diff", method: .post, headers: form.headers, body: form.body) { response in
                let done = try #require(try Events(response).last)
                #expect(done["summary"] as? String == "删除 1 项 · 新增 1 项 · 修改 4 项 · 仅序号变化 \(Self.renumbered) 项")
                #expect(((done["files"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String } ==
                        ["2024-2025.diff.html", "2024-2025.diff.md", "2024-2025.diff.json"])
            }
        }
    }

    /// From the CLI's diff of the two editions (Output/kouquan-cooperative.diff.json).
    static var renumbered: Int {
        let data = (try? Data(contentsOf: packageRoot.appendingPathComponent("Output/kouquan-cooperative.diff.json"))) ?? Data()
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["renumbered"] as? Int ?? -1
    }

    // MARK: Safety

    @Test("a converter that crashes or hangs ends only that request; the server goes on serving")
    func crashesAndHangs() async throws {
        let real = CLI.binary.path
        // A stand-in for a converter that crashes on one input and hangs on another.
        let wrapper = try ServerHarness.script("""
        #!/bin/sh
        for file; do :; done
        if grep -q CRASH "$file"; then kill -SEGV $$; fi
        if grep -q HANG "$file"; then exec sleep 120; fi
        exec "\(real)" "$@"
        """)
        let txt = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.txt"))
        let harness = ServerHarness(executable: wrapper, seconds: 25)
        try await harness.test { client in
            for (marker, message) in [("CRASH", "转换「a.txt」时转换程序意外中止"), ("HANG", "转换「a.txt」超过了时间上限")] {
                let form = Multipart([("file", "a.txt", Data(marker.utf8))])
                try await client.execute(uri: "/api/convert", method: .post, headers: form.headers, body: form.body) { response in
                    #expect(response.status == .unprocessableContent)
                    let refusal = try ErrorBody(response)
                    #expect(refusal.message.hasPrefix(message))
                }
            }
            let good = Multipart([("file", "kouquan-cooperative.txt", txt)])
            try await client.execute(uri: "/api/convert", method: .post, headers: good.headers, body: good.body) { response in
                #expect(response.status == .ok)
                let list = try EditionReader().decode(Data(buffer: response.body), path: "x.json")
                #expect(list.items.count == 100)
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.temporaryDirectory).isEmpty,
                "every request's private folder is removed")
    }

    @Test("with one slot, concurrent conversions wait in line and are told their place")
    func queue() async throws {
        let real = CLI.binary.path
        let slow = try ServerHarness.script("#!/bin/sh\nsleep 1\nexec \"\(real)\" \"$@\"\n")
        let txt = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.txt"))
        let harness = ServerHarness(executable: slow, jobs: 1)
        try await harness.test { client in
            let outcomes = try await withThrowingTaskGroup(of: [String].self) { group in
                for index in 0..<3 {
                    group.addTask {
                        let form = Multipart([("file", "\(index).txt", txt)])
                        return try await client.execute(uri: "/ui/convert", method: .post, headers: form.headers, body: form.body) { response in
                            try Events(response).lines.map { "\($0["event"] ?? "")\($0["position"].map { ":\($0)" } ?? "")" }
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.allSatisfy { $0.last == "done" }, "\(outcomes)")
            #expect(outcomes.contains { $0.contains("queued:1") }, "\(outcomes)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.temporaryDirectory).isEmpty)
    }

    @Test("a client's file name never becomes a path: it is only shown, cleaned")
    func clientNames() async throws {
        let txt = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.txt"))
        let harness = ServerHarness()
        let outside = URL(fileURLWithPath: harness.temporaryDirectory).deletingLastPathComponent().appendingPathComponent("escaped.txt")
        try await harness.test { client in
            let form = Multipart([("file", "../escaped.txt", txt)])
            try await client.execute(uri: "/api/convert", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .ok)
                let list = try EditionReader().decode(Data(buffer: response.body), path: "x.json")
                #expect(list.source.file == "escaped.txt")
            }
            let windows = Multipart([("file", "C:\\Users\\clerk\\清单<1>.txt", txt)])
            try await client.execute(uri: "/ui/convert", method: .post, headers: windows.headers, body: windows.body) { response in
                let files = (try Events(response).last?["files"] as? [[String: Any]]) ?? []
                #expect(files.first?["name"] as? String == "清单1.xlsx")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }

    @Test("the server's memory limit reaches the child: with 64 MB of address space the PDF cannot be converted, and the server says so")
    func memoryLimit() async throws {
        let pdf = try Data(contentsOf: ReferenceCells.sample("kouquan-cooperative.pdf"))
        var harness = ServerHarness(seconds: 15)
        harness.configuration.limits.memoryMB = 64
        try await harness.test { client in
            let form = Multipart([("file", "k.pdf", pdf)])
            try await client.execute(uri: "/api/convert", method: .post, headers: form.headers, body: form.body) { response in
                #expect(response.status == .unprocessableContent)
                let refusal = try ErrorBody(response)
                // Which step runs out first decides the words: reading, crashing, or never finishing.
                #expect(["无法读取「k.pdf」", "转换「k.pdf」时转换程序意外中止", "转换「k.pdf」超过了时间上限"]
                    .contains { refusal.message.hasPrefix($0) }, "\(refusal.message)")
            }
        }
    }
}

// MARK: - Helpers

/// A server configuration for one test, with the built `qingdan` as its child and its own
/// temporary folder (to check that requests leave nothing behind).
struct ServerHarness {
    var configuration: ServerConfiguration
    let temporaryDirectory: String

    init(maxUploadBytes: Int = 50 * 1_048_576, executable: String = CLI.binary.path, seconds: Double = 120, jobs: Int = 2) {
        temporaryDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("qingdan-route-test-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: temporaryDirectory, withIntermediateDirectories: true)
        configuration = ServerConfiguration(maxUploadBytes: maxUploadBytes, jobs: jobs,
                                            limits: ChildLimits(seconds: seconds, memoryMB: 2048),
                                            executable: executable, temporaryDirectory: temporaryDirectory)
    }

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await QingdanServer.makeApplication(configuration).test(.router, body)
    }

    /// An executable shell script in a temporary file.
    static func script(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-stub-\(UUID().uuidString).sh")
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }
}

/// A multipart/form-data body as a browser sends it.
struct Multipart {
    let boundary = "----qingdan-test-\(UUID().uuidString)"
    var body: ByteBuffer
    var headers: HTTPFields

    init(_ parts: [(field: String, filename: String, data: Data)]) {
        var data = Data()
        for part in parts {
            data.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.field)\"; filename=\"\(part.filename.replacingOccurrences(of: "\\", with: "\\\\"))\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            data.append(part.data)
            data.append(Data("\r\n".utf8))
        }
        data.append(Data("--\(boundary)--\r\n".utf8))
        body = ByteBuffer(bytes: data)
        headers = [.contentType: "multipart/form-data; boundary=\(boundary)", .contentLength: String(data.count)]
    }
}

/// The `{"error": {...}}` body of a refused request.
struct ErrorBody {
    var status: Int
    var message: String

    init(_ response: TestResponse) throws {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        let error = try #require(object?["error"] as? [String: Any])
        status = error["status"] as? Int ?? 0
        message = error["message"] as? String ?? ""
    }
}

/// The NDJSON lines of a page action.
struct Events {
    var lines: [[String: Any]]

    init(_ response: TestResponse) throws {
        lines = try String(buffer: response.body).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    var names: [String] { lines.compactMap { $0["event"] as? String } }
    var last: [String: Any]? { lines.last }
}

extension Data {
    init(buffer: ByteBuffer) {
        self.init(buffer.readableBytesView)
    }
}

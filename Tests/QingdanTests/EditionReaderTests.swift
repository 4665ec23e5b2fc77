import Foundation
import Testing
@testable import Qingdan

@Suite("EditionReader")
struct EditionReaderTests {
    @Test("canonical JSON reads back as the same list, cells in printed order")
    func roundTrip() throws {
        let list = try DiffFixtures.referenceList("kouquan-cooperative")
        let json = JSONWriter().render(list)
        let read = try EditionReader().decode(Data(json.utf8), path: "kouquan-cooperative.json")
        #expect(read == list)
        #expect(read.items[0].cells.map(\.header) == ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"])
    }

    @Test("a .json file on disk is decoded, not sniffed as text")
    func readsJSONFile() throws {
        let list = try DiffFixtures.referenceList("kouquan-cooperative-rev")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingdan-edition-\(UUID().uuidString).json")
        try Data(JSONWriter().render(list).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try EditionReader().read(path: url.path) == list)
    }

    @Test("JSON that is not a list fails with one line naming the file and the place")
    func badJSON() {
        let data = Data(#"{"schema_version": 1, "title": 3}"#.utf8)
        #expect {
            _ = try EditionReader().decode(data, path: "old.json")
        } throws: { error in
            guard let error = error as? QingdanError else { return false }
            let line = error.description(in: .english)
            return error.kind == .unsupported && line.hasPrefix("old.json: ") && line.contains("title") && !line.contains("\n")
        }
    }

    @Test("a missing file is unreadable")
    func missingFile() {
        #expect(throws: QingdanError(.unreadable, file: "/nonexistent/old.json", .cannotRead(reason: "No such file or directory"))) {
            _ = try EditionReader().read(path: "/nonexistent/old.json")
        }
    }
}

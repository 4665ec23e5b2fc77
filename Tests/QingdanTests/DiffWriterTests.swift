import Foundation
import Testing
@testable import Qingdan

@Suite("Diff writers")
struct DiffWriterTests {
    private func sampleDiff() throws -> ListDiff {
        ListDiffer().diff(try DiffFixtures.referenceList("kouquan-cooperative"),
                          try DiffFixtures.referenceList("kouquan-cooperative-rev"))
    }

    /// A diff whose texts carry HTML and Markdown specials.
    private func hostileDiff() -> ListDiff {
        let old = DiffFixtures.item(number: 1, category: "A&B", name: "<script>alert(1)</script>",
                                    departments: "区*民政*局", superior: "1.负责|审核。", township: "1.配合`核查`。")
        let new = DiffFixtures.item(number: 1, category: "A&C", name: "<script>alert(2)</script>",
                                    departments: "区*民政*局", superior: "1.负责|审核和<b>公示</b>。", township: "1.配合`核查`。")
        return ListDiffer().diff(DiffFixtures.list(items: [old]), DiffFixtures.list(items: [new]))
    }

    private func schema() throws -> [String: Any] {
        let url = packageRoot.appendingPathComponent("Sources/Qingdan/Schema/qingdan-diff.schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test("JSON keys are the schema's, in the schema's order")
    func jsonFollowsSchema() throws {
        let schema = try schema()
        guard case .object(let top) = DiffJSONWriter().json(try sampleDiff()) else { Issue.record("not an object"); return }
        #expect(top.map(\.0) == schema["required"] as? [String])

        let modifiedSchema = (((schema["properties"] as? [String: Any])?["modified"] as? [String: Any])?["items"] as? [String: Any])
        guard case .array(let modified)? = top.first(where: { $0.0 == "modified" })?.1,
              case .object(let entry)? = modified.first else { Issue.record("no modified entry"); return }
        #expect(entry.map(\.0) == modifiedSchema?["required"] as? [String])

        // Every entry's `changes` holds exactly its `fields`, in the same order.
        for value in modified {
            guard case .object(let members) = value,
                  case .array(let fields)? = members.first(where: { $0.0 == "fields" })?.1,
                  case .object(let changes)? = members.first(where: { $0.0 == "changes" })?.1 else {
                Issue.record("malformed entry"); continue
            }
            #expect(fields == changes.map { .string($0.0) })
        }
    }

    @Test("output is deterministic")
    func deterministic() throws {
        let diff = try sampleDiff()
        #expect(DiffJSONWriter().render(diff) == DiffJSONWriter().render(try sampleDiff()))
        #expect(DiffHTMLWriter().render(diff) == DiffHTMLWriter().render(try sampleDiff()))
        #expect(DiffMarkdownWriter().render(diff) == DiffMarkdownWriter().render(try sampleDiff()))
    }

    @Test("HTML is self-contained and escapes all text")
    func htmlEscapes() {
        let html = DiffHTMLWriter().render(hostileDiff())
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(<del>1</del><ins>2</ins>)&lt;/script&gt;"))
        #expect(html.contains("<del>A&amp;B</del> → <ins>A&amp;C</ins>"))
        for external in ["<link", "<script", "src=", "@import", "url("] { #expect(!html.contains(external)) }
    }

    @Test("HTML of the sample shows each change coloured")
    func htmlSample() throws {
        let html = DiffHTMLWriter().render(try sampleDiff())
        #expect(html.contains("开展<ins>禁毒</ins>宣传教育。"))
        #expect(html.contains("志愿<del>者</del>服务工作"))
        #expect(html.contains("<ins>区住房和城乡建设局</ins>"))
        #expect(html.components(separatedBy: "<section class=\"item\">").count - 1 == 4)
    }

    @Test("Markdown uses <ins>/<del> and escapes Markdown and HTML specials")
    func markdownEscapes() {
        let markdown = DiffMarkdownWriter().render(hostileDiff())
        #expect(markdown.contains("&lt;script&gt;alert(<del>1</del><ins>2</ins>)&lt;/script&gt;"))
        #expect(markdown.contains("负责\\|审核<ins>和&lt;b&gt;公示&lt;/b&gt;</ins>。"))
        #expect(!markdown.contains("<b>"))
    }

    @Test("Markdown of the sample: summary counts and one section per modified item")
    func markdownSample() throws {
        let markdown = DiffMarkdownWriter(language: .english).render(try sampleDiff())
        #expect(markdown.contains("| Removed items | 1 |\n| Added items | 1 |\n| Modified items | 4 |"))
        #expect(markdown.contains("| Renumbered only | 48 |\n| Unchanged | 47 |"))
        #expect(markdown.contains("### 13 → 14 · 禁种铲毒工作"))
        #expect(markdown.contains("  - removed 4. <del>负责审核农村厕所摸排及改造情况，对农村卫生厕所改造进行验收。</del>"))
        #expect(markdown.components(separatedBy: "\n### ").count - 1 == 4)
    }
}

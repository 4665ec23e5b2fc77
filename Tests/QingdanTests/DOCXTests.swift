import Foundation
import Testing
import ZIPFoundation
@testable import Qingdan

@Suite struct DOCXTests {
    private func table(_ name: String) throws -> RawTable {
        let url = ReferenceCells.sample(name)
        return try DOCXTableExtractor().extract(data: Data(contentsOf: url), path: url.path)
    }

    @Test(arguments: ["kouquan-cooperative", "kouquan-cooperative-rev"])
    func sampleEqualsReference(name: String) throws {
        let reference = try ReferenceCells.load(name)
        let table = try table("\(name).docx")
        #expect(reference.differences(from: table) == [])
        #expect(table.rows.count == 100)
        #expect(table.findings.isEmpty)
    }

    @Test func listReaderDetectsAndReadsTheSample() throws {
        let url = ReferenceCells.sample("kouquan-cooperative.docx")
        let list = try ListReader().read(path: url.path)
        #expect(list.source.format == .docx)
        #expect(list.title == (try ReferenceCells.load("kouquan-cooperative")).title)
    }

    /// Word files from another producer: LibreOffice saves the HTML sample as DOCX (its own table
    /// XML, header row marked w:tblHeader); the cells must still equal the reference.
    @Test func libreOfficeDocxOfTheHTMLSample() throws {
        let directory = try LibreOffice.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try LibreOffice.convert(ReferenceCells.sample("kouquan-cooperative.html"), to: "docx:MS Word 2007 XML", in: directory)
        let docx = directory.appendingPathComponent("kouquan-cooperative.docx")
        let table = try DOCXTableExtractor().extract(data: Data(contentsOf: docx), path: docx.path)
        #expect(try ReferenceCells.load("kouquan-cooperative").differences(from: table) == [])
    }

    // MARK: Synthetic documents

    private static func paragraph(_ runs: String, centred: Bool = false) -> String {
        "<w:p>\(centred ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : "")\(runs)</w:p>"
    }

    private static func run(_ text: String) -> String {
        "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    private static func cell(_ paragraphs: [String], properties: String = "") -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>\(properties)</w:tcPr>\(paragraphs.map { paragraph(run($0)) }.joined())</w:tc>"
    }

    private static func row(_ cells: [String], header: Bool = false) -> String {
        "<w:tr>\(header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")\(cells.joined())</w:tr>"
    }

    private static let headerRow = row(["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"].map { cell([$0]) }, header: true)

    /// A minimal DOCX: `body` inside w:document/w:body, zipped with ZIPFoundation.
    static func docx(body: String, documentPath: String = "word/document.xml") throws -> Data {
        let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
        let relationships = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in [("_rels/.rels", relationships), (documentPath, document)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    @Test func verticalMergesFillEveryRowAndGridSpanKeepsTextOnce() throws {
        let body = Self.paragraph(Self.run("附件1")) + Self.paragraph(Self.run("某某镇配合履职事项清单"), centred: true)
            + "<w:tbl><w:tblGrid>" + String(repeating: "<w:gridCol w:w=\"1000\"/>", count: 6) + "</w:tblGrid>"
            + Self.headerRow
            + Self.row([Self.cell(["1"]), Self.cell(["党的建设"], properties: "<w:vMerge w:val=\"restart\"/>"), Self.cell(["甲事项。"]),
                        Self.cell(["区委组织部"]), Self.cell(["1.负责甲。", "2.指导甲。"]), Self.cell(["配合甲。"])])
            + Self.row([Self.cell(["2"]), Self.cell([""], properties: "<w:vMerge/>"), Self.cell(["乙事项。"]),
                        Self.cell(["区委宣传部：负责乙。"], properties: "<w:gridSpan w:val=\"2\"/>"), Self.cell(["配合乙。"])])
            // The header printed again on the next page (a merge does not reach across it).
            + Self.headerRow
            + Self.row([Self.cell(["3"]), Self.cell(["民生", "服务"], properties: "<w:vMerge w:val=\"restart\"/>"), Self.cell(["丙事项。"]),
                        Self.cell(["区民政局"]), Self.cell(["负责丙。"]), Self.cell(["配合丙。"])])
            + Self.row([Self.cell(["4"]), Self.cell([""], properties: "<w:vMerge w:val=\"continue\"/>"), Self.cell(["丁事项。"]),
                        Self.cell(["区民政局"]), Self.cell(["负责丁。"]), Self.cell(["配合丁。"])])
            + "</w:tbl>"
        let table = try DOCXTableExtractor().extract(data: Self.docx(body: body), path: "merged.docx")
        #expect(table.title == "某某镇配合履职事项清单")
        #expect(table.headers == ["序号", "事项类别", "事项名称", "对应上级部门", "上级部门职责", "乡镇（街道）配合职责"])
        #expect(table.rows.map(\.cells) == [
            ["1", "党的建设", "甲事项。", "区委组织部", "1.负责甲。\n2.指导甲。", "配合甲。"],
            ["2", "党的建设", "乙事项。", "区委宣传部：负责乙。", "", "配合乙。"],
            ["3", "民生\n服务", "丙事项。", "区民政局", "负责丙。", "配合丙。"],
            ["4", "民生\n服务", "丁事项。", "区民政局", "负责丁。", "配合丁。"],
        ])
    }

    @Test func runsBreaksTabsAndTrackedChanges() throws {
        let cell = "<w:tc>" + Self.paragraph(
            Self.run("1.负责") + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>旧的</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\">" + Self.run("新的") + "</w:ins>" + Self.run("审核。")
                + "<w:r><w:br/></w:r>" + Self.run("2.上报") + "<w:r><w:tab/></w:r>" + Self.run("材料 ，及时")
                + "<w:hyperlink>" + Self.run("处理") + "</w:hyperlink>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
        ) + Self.paragraph("") + Self.paragraph(Self.run("　　3.复核。 ")) + "</w:tc>"
        let body = "<w:tbl>" + Self.row(["序号", "事项名称", "上级部门职责"].map { Self.cell([$0]) })
            + Self.row([Self.cell(["1"]), Self.cell(["甲"]), cell]) + "</w:tbl>"
        let table = try DOCXTableExtractor().extract(data: Self.docx(body: body), path: "runs.docx")
        #expect(table.title == nil)
        #expect(table.rows.map(\.cells) == [["1", "甲", "1.负责新的审核。\n2.上报 材料 ，及时处理\n3.复核。"]])
    }

    @Test func listSplitOverTablesEndsBeforeANotesTable() throws {
        func table(_ rows: [[String]]) -> String {
            "<w:tbl>" + rows.map { Self.row($0.map { Self.cell([$0]) }) }.joined() + "</w:tbl>"
        }
        let body = Self.paragraph(Self.run("某某镇基本履职事项清单"))
            + table([["序号", "事项名称", "具体内容"], ["1", "甲", "内容甲"]])
            + Self.paragraph("")
            + table([["2", "乙", "内容乙"]])
            + table([["注：", "本清单", "动态调整"]])
        let list = try DOCXTableExtractor().extract(data: Self.docx(body: body), path: "split.docx")
        #expect(list.title == "某某镇基本履职事项清单")
        #expect(list.rows.map(\.cells) == [["1", "甲", "内容甲"], ["2", "乙", "内容乙"]])
    }

    @Test func theHeadingOfAnotherListEndsTheList() throws {
        func table(_ rows: [[String]]) -> String {
            "<w:tbl>" + rows.map { Self.row($0.map { Self.cell([$0]) }) }.joined() + "</w:tbl>"
        }
        let body = Self.paragraph(Self.run("某某镇基本履职事项清单"))
            + table([["序号", "事项名称", "具体内容"], ["1", "甲", "内容甲"]])
            + Self.paragraph(Self.run("某某镇配合履职事项清单"))
            + table([["序号", "事项名称", "具体内容"], ["1", "丙", "内容丙"]])
        let list = try DOCXTableExtractor().extract(data: Self.docx(body: body), path: "two.docx")
        #expect(list.title == "某某镇基本履职事项清单")
        #expect(list.rows.map(\.cells) == [["1", "甲", "内容甲"]])
    }

    @Test func notAZipIsUnsupported() {
        #expect(throws: QingdanError(.unsupported, file: "list.docx", .notDOCXNotZip)) {
            try DOCXTableExtractor().extract(data: Data("PK but not really".utf8), path: "list.docx")
        }
    }

    @Test func zipWithoutDocumentIsUnsupported() throws {
        let data = try Self.docx(body: "", documentPath: "xl/workbook.xml")
        #expect(throws: QingdanError(.unsupported, file: "book.docx", .notDOCXMissingPart(part: "word/document.xml"))) {
            try DOCXTableExtractor().extract(data: data, path: "book.docx")
        }
    }

    @Test func documentWithoutListTableIsNoTable() throws {
        let body = Self.paragraph(Self.run("通知")) + "<w:tbl>" + Self.row([Self.cell(["姓名"]), Self.cell(["电话"])]) + "</w:tbl>"
        let error = #expect(throws: QingdanError.self) {
            try DOCXTableExtractor().extract(data: Self.docx(body: body), path: "memo.docx")
        }
        #expect(error?.kind == .noTable)
        #expect(error?.description(in: .english).hasPrefix("memo.docx: ") == true)
    }
}
